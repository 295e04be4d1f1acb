import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { PublishedStory, Translation } from '../../src/data/documents.ts';
import { storySchema, type Block, type Image, type Story } from '../../src/data/schema.ts';
import { StoryIndex, toIndexEntry, type IndexEntry } from '../../src/data/storyIndex.ts';
import { bodyLinks, storyLinks } from '../../src/data/linkedStories.ts';
import { embedOrigins, site } from '../../src/site/config.ts';
import { editionByKey } from '../../src/site/editions.ts';
import { pageKey } from '../../src/site/pageKey.ts';
import { calendar, Collections } from '../../src/data/collections.ts';
import { checkSiteConfig } from './siteConfig.ts';
import { type SearchRecord, searchRecord } from '../searchIndex.ts';
import { type FeedStory, feedStory } from '../feedStory.ts';
import { contentDir, imagesDir, listFolder, storiesDir } from '../contentFolder.ts';
import { publishStory } from '../publishStory.ts';
import { livePageDates, livePoll, olderPageCount, olderPageDocument } from '../liveDocuments.ts';
import { invalidCharacters } from './invalidCharacters.ts';
import { issueMessage } from './issueMessages.ts';
import { imageSizeProblem } from './imageDimensions.ts';
import { fromZodIssues, isWarning, type ContentProblem } from './problems.ts';
import { duplicateHeadlines, farFutureDates, storyWarnings } from './storyWarnings.ts';
import { hashText, type StoryCache, type StoryFacts } from './storyCache.ts';
import {
  liveProblems,
  type ReadUpdate,
  readUpdateFiles,
  type UpdateLink,
  type UpdateOrigin,
  updateFiles,
  within,
} from './liveUpdates.ts';
import { checkTranslations } from './translations.ts';

/** Each problem's file as the build prints it: relative to the working directory. */
const shownPath = (file: string): string => path.relative(process.cwd(), file) || file;

let storyChecks = 0;

/** How many times this thread has checked a story against the schema: a build checks each story once. */
export const storySchemaChecks = (): number => storyChecks;

/** A live story's update files, read once: their names and bytes are part of the story's hash. */
const readUpdates = (file: string) =>
  updateFiles(file).map((updateFile) => ({
    file: updateFile,
    shown: shownPath(updateFile),
    text: readFileSync(updateFile, 'utf8'),
  }));

type UpdateFileText = ReturnType<typeof readUpdates>[number];

/** What a story's facts hash: its file, and the files of its updates, each with its name. */
const storyText = (text: string, updates: UpdateFileText[]): string =>
  updates.length === 0 ? text : [text, ...updates.flatMap((u) => [path.basename(u.file), u.text])].join('\0');

/** A body of blocks and where it is written: the story's own (at the root of its file), or an update's. */
interface WrittenBody {
  origin: UpdateOrigin;
  body: Block[];
}

/**
 * Reads and checks one story file on its own: JSON syntax, the schema, its file name, section and
 * images, and a live story's updates (in it and in its update files), whose bodies get the checks
 * the story's body gets. A story that fits the schema comes back even when other checks fail, for
 * the checks across files, with its updates' links to other stories.
 */
function checkStoryFile(
  file: string,
  dir: string,
  text = readFileSync(file, 'utf8'),
  updateTexts = readUpdates(file),
): { story: Story | null; problems: ContentProblem[]; updateLinks: UpdateLink[] } {
  const shown = shownPath(file);
  const fromFiles = readUpdateFiles(updateTexts, syntaxError);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      story: null,
      problems: [
        { file: shown, path: '', message: `not valid JSON: ${syntaxError(error as Error, text)}` },
        ...fromFiles.problems,
      ],
      updateLinks: [],
    };
  }
  const problems: ContentProblem[] = invalidCharacters(json).map((problem) => ({ file: shown, ...problem }));
  storyChecks += 1;
  const parsed = storySchema.safeParse(json, { error: issueMessage });
  if (!parsed.success) {
    return {
      story: null,
      problems: [...fromZodIssues(shown, parsed.error.issues), ...problems, ...fromFiles.problems],
      updateLinks: [],
    };
  }
  const story = parsed.data;
  problems.push(...fromFiles.problems);
  const updates: ReadUpdate[] = [
    ...(story.live?.updates ?? []).map((update, i) => ({ update, origin: { file: shown, at: `live.updates[${i}]` } })),
    ...fromFiles.updates,
  ];
  if (story.live) {
    story.live.updates = updates.map(({ update }) => update);
    problems.push(...liveProblems(story.live, updates, shown));
  } else if (updateTexts.length > 0) {
    problems.push({
      file: shown,
      path: 'live',
      message: `the story has update files (${shownPath(path.dirname(updateTexts[0]!.file))}) but is not live: add "live": { "status": "live" }`,
    });
  }
  const expected = `${story.slug}.json`;
  if (path.basename(file) !== expected) {
    problems.push({ file: shown, path: 'slug', message: `the file must be named after the slug: ${expected}` });
  }
  const edition = site.editions.find((candidate) => candidate.key === (story.edition ?? ''));
  if (!edition) {
    const known = site.editions.map((candidate) => `"${candidate.key}"`).join(', ');
    problems.push({
      file: shown,
      path: 'edition',
      message: `unknown edition "${story.edition}" (site.json has ${known}; leave it out for the main edition)`,
    });
  } else if (!edition.sections.some((section) => section.slug === story.section)) {
    const known = edition.sections.map((section) => section.slug).join(', ');
    problems.push({ file: shown, path: 'section', message: `unknown section "${story.section}" (known: ${known})` });
  }
  const bodies: WrittenBody[] = [
    { origin: { file: shown, at: '' }, body: story.body },
    ...updates.map(({ update, origin }) => ({ origin, body: update.body })),
  ];
  for (const { file: imageOwner, at, src, image } of localFiles(story, shown, bodies)) {
    const imageFile = path.join(imagesDir(dir), src.slice('/images/'.length));
    if (!existsSync(imageFile)) {
      problems.push({
        file: imageOwner,
        path: at,
        message: `${image ? 'image' : 'file'} not found: ${src} (looked in ${shownPath(imagesDir(dir))})`,
      });
      continue;
    }
    const sizeProblem = image && imageSizeProblem(imageFile, image);
    if (sizeProblem)
      problems.push({ file: imageOwner, path: at.replace(/(src|poster)$/, 'width'), message: sizeProblem });
  }
  for (const { origin, body } of bodies) {
    problems.push(
      ...embedProblems(body).map(({ path, message }) => ({ file: origin.file, path: within(origin, path), message })),
    );
  }
  problems.push(...storyWarnings(story).map((warning) => ({ file: shown, ...warning, severity: 'warning' as const })));
  for (const { update, origin } of updates) {
    const warnings = farFutureDates(update, Date.now(), (field) => within(origin, field));
    problems.push(...warnings.map((warning) => ({ file: origin.file, ...warning, severity: 'warning' as const })));
  }
  const updateLinks = bodies
    .slice(1)
    .flatMap(({ origin, body }) =>
      bodyLinks(body).map(({ at, slug }) => ({ file: origin.file, at: within(origin, at), slug })),
    );
  return { story, problems, updateLinks };
}

/** Node 20 says where JSON breaks as a character offset; an editor shows lines and columns. */
function syntaxError(error: Error, text: string): string {
  const at = /at position (\d+)$/.exec(error.message);
  if (!at) return error.message;
  const lines = text.slice(0, Number(at[1])).split('\n');
  return `${error.message} (line ${lines.length}, column ${lines.at(-1)!.length + 1})`;
}

type Size = { width: number; height: number };

/**
 * The site's own files a story shows, each with where the story names it and, for an image, the
 * size the story gives it: lead and body images, galleries, embeds' stills, and videos' posters
 * (the video's size), sources and tracks, audio sources; a live story's updates' too, each named
 * in the file the update is in.
 */
function localFiles(
  story: Story,
  shown: string,
  bodies: WrittenBody[],
): { file: string; at: string; src: string; image: Size | null }[] {
  const files: { file: string; at: string; src: string; image: Size | null }[] = [];
  let file = shown;
  const add = (at: string, src: string, image: Size | null) => {
    files.push({ file, at, src, image });
  };
  const image = (at: string, value: Image) => add(`${at}.src`, value.src, value);
  const media = (at: string, value: Story['body'][number] | NonNullable<Story['leadVideo']>) => {
    if (!('sources' in value)) return;
    for (const [i, source] of value.sources.entries()) add(`${at}.sources[${i}].src`, source.src, null);
    if (!('poster' in value)) return;
    add(`${at}.poster`, value.poster, value);
    for (const [i, track] of value.tracks.entries()) add(`${at}.tracks[${i}].src`, track.src, null);
  };
  if (story.image) image('image', story.image);
  if (story.leadVideo) media('leadVideo', story.leadVideo);
  for (const { origin, body } of bodies) {
    file = origin.file;
    body.forEach((block, i) => {
      const at = within(origin, `body[${i}]`);
      if (block.type === 'figure') image(`${at}.image`, block.image);
      else if (block.type === 'gallery')
        for (const [j, value] of block.images.entries()) image(`${at}.images[${j}]`, value);
      else if (block.type === 'embed' && block.thumbnail) image(`${at}.thumbnail`, block.thumbnail);
      else media(at, block);
    });
  }
  return files.filter(({ src }) => src.startsWith('/images/'));
}

/** An embed's frame must come from an origin site.json allows, for the few providers that have no fixed host. */
function embedProblems(body: Block[]): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  body.forEach((block, i) => {
    if (block.type !== 'embed' || (block.provider !== 'interactive' && block.provider !== 'mastodon')) return;
    const allowed = embedOrigins()[block.provider];
    const origin = new URL(block.url).origin;
    if (allowed.includes(origin)) return;
    const listed = allowed.length > 0 ? allowed.join(', ') : 'nothing yet';
    problems.push({
      path: `body[${i}].url`,
      message: `${origin} is not on the site's allow-list for ${block.provider} embeds (site.json embeds.${block.provider}: ${listed})`,
    });
  });
  return problems;
}

export interface Content {
  /** How many story files the stories folder has, checked clean or not. */
  files: number;
  /** The main edition's index: a single-language site's only one. */
  index: StoryIndex;
  /** Every edition's index, the main one first: each has its own front page, sections and feeds. */
  editions: StoryIndex[];
  /** Each edition's topics, authors and archive months, in the order of `editions`. */
  collections: Collections[];
  /**
   * The stories checked in this build and held in memory, by slug, published: without a story
   * cache, every one; with it, those it does not keep (live stories, stories with warnings). The
   * pre-render hands each one to a worker and lets go of it.
   */
  stories: Map<string, PublishedStory>;
  /** What the build knows of every story in the index, checked now or in an earlier build. */
  facts: Map<string, StoryFacts>;
  /** What search indexes of a story and what its feed items show: made at its check if it is held, else from its document. */
  records(slug: string): StoryRecords;
  problems: ContentProblem[];
  /**
   * The published story: held from this build's check, or as a check kept it (this build's or an
   * earlier one's), or, if that is gone, its unchanged file checked again.
   */
  published(slug: string): PublishedStory;
  /** The story's versions in other languages. */
  translations(slug: string): Translation[];
}

/** A story that fits the schema, as the checks across files see it. */
interface ReadStory {
  file: string;
  facts: StoryFacts;
  /** Published when it was checked in this build, has no errors and is not in the story cache. */
  story: PublishedStory | null;
  /** Made from it then, for a story not in the cache: its page's task lets go of the story, not of these. */
  records?: StoryRecords;
  valid: boolean;
}

/** The larger things made from a story: for search, and for the feeds it is in. */
export interface StoryRecords {
  /** What search indexes of it (pipeline/searchIndex.ts). */
  search: SearchRecord;
  /** What its feed items show (pipeline/feedStory.ts). */
  feed: FeedStory;
}

function storyRecords(story: PublishedStory): StoryRecords {
  return { search: searchRecord(story), feed: feedStory(story) };
}

function storyFacts(story: PublishedStory, text: string, updateLinks: UpdateLink[], records: StoryRecords): StoryFacts {
  const entry = toIndexEntry(story);
  const live = story.live && {
    olderPages: Array.from({ length: olderPageCount(story) }, (_, i) =>
      hashText(JSON.stringify(olderPageDocument(story, i + 1))),
    ),
    poll: livePoll(story),
    dates: livePageDates(story),
    links: updateLinks,
  };
  return {
    ...(live && { live }),
    searchHash: hashText(JSON.stringify(records.search)),
    feedHash: hashText(JSON.stringify(records.feed)),
    slug: story.slug,
    headline: story.headline,
    related: story.related,
    links: storyLinks(story),
    entry,
    language: story.language,
    ...(story.translationOf !== undefined && { translationOf: story.translationOf }),
    fileHash: hashText(text),
    summaryHash: hashText(JSON.stringify(entry.summary)),
  };
}

/**
 * Reads and checks the whole content folder, each story file once, and reports every problem at
 * once: per-file ones, duplicate slugs and headlines, and related links to missing stories.
 * Stories with errors stay out of the index. With a cache, a file unchanged since a build that
 * found it clean is neither read nor checked again.
 */
export function readContent(dir = contentDir, cache?: StoryCache): Content {
  const problems: ContentProblem[] = [];
  const { authors } = checkSiteConfig(dir);
  const profileKeys = new Set(authors.map((author) => pageKey(author.name)));
  const stories: ReadStory[] = [];
  /** Slugs that exist, even if their story is broken: a link to one is not a second problem. */
  const slugs = new Set<string>();
  // The stories folder is listed once: its story files, and the folders beside them (only a story
  // with a folder of its own can have update files: the folder is not looked for 10,000 times).
  const { files: storyFiles, folders } = listFolder(storiesDir(dir));
  for (const file of storyFiles) {
    const name = path.basename(file);
    const stat = cache && statSync(file);
    let text: string | undefined;
    const read = () => (text ??= readFileSync(file, 'utf8'));
    const updateTexts = folders.has(path.basename(file, '.json')) ? readUpdates(file) : [];
    // A story with update files is checked on every build: an update file added, edited or
    // deleted changes it while its own file stays as it was.
    const known = stat && updateTexts.length === 0 && cache.lookup(name, stat, read);
    if (known) {
      stories.push({ file, facts: known, story: null, valid: true });
      continue;
    }
    const { story, problems: found, updateLinks } = checkStoryFile(file, dir, read(), updateTexts);
    problems.push(...found);
    if (!story) {
      slugs.add(path.basename(file, '.json'));
      continue;
    }
    const valid = !found.some((problem) => !isWarning(problem));
    const published = valid ? publishStory(story, undefined, profileKeys) : null;
    const hashed = storyText(read(), updateTexts);
    const complete = published ?? publishStory(story);
    const records = storyRecords(complete);
    const facts = storyFacts(complete, hashed, updateLinks, records);
    // Nor is a live story kept: its update files may all go while its own file stays the same.
    const kept = stat && found.length === 0 && !story.live;
    if (kept) cache.store(name, stat, facts, complete);
    // A kept story's document is read back from its file when a job needs it: 10,000 stories are not held here.
    stories.push(kept ? { file, facts, story: null, valid } : { file, facts, story: published, records, valid });
  }
  const owners = new Map<string, ReadStory>();
  for (const story of stories) {
    const { slug } = story.facts;
    slugs.add(slug);
    const other = owners.get(slug);
    // The file named after the slug keeps it; the others are the duplicates.
    if (
      !other ||
      (path.basename(story.file) === `${slug}.json` && path.basename(other.file) !== `${other.facts.slug}.json`)
    ) {
      owners.set(slug, story);
    }
  }
  for (const story of stories) {
    const owner = owners.get(story.facts.slug)!;
    if (owner !== story) {
      problems.push({
        file: shownPath(story.file),
        path: 'slug',
        message: `duplicate slug "${story.facts.slug}", also used by ${shownPath(owner.file)}`,
      });
    }
  }
  for (const story of stories) {
    story.facts.related.forEach((slug, i) => {
      if (!slugs.has(slug))
        problems.push({
          file: shownPath(story.file),
          path: `related[${i}]`,
          message: `no story has the slug "${slug}"`,
        });
    });
    const links = [
      ...story.facts.links.map((link) => ({ file: shownPath(story.file), ...link })),
      ...(story.facts.live?.links ?? []),
    ];
    for (const { file, at, slug } of links) {
      if (!slugs.has(slug))
        problems.push({
          file,
          path: at,
          message: `the related link goes to a story that does not exist: no story has the slug "${slug}"`,
        });
    }
  }
  const translations = checkTranslations(
    [...owners.values()].filter((story) => story.valid),
    (slug) => slugs.has(slug),
    shownPath,
  );
  problems.push(...translations.problems);
  problems.push(
    ...duplicateHeadlines(
      stories.map(({ file, facts }) => ({ file, headline: facts.headline })),
      shownPath,
    ),
  );
  const checked = new Map<string, PublishedStory>();
  const fresh = new Map<string, StoryRecords>();
  const facts = new Map<string, StoryFacts>();
  const files = new Map<string, string>();
  const entries: IndexEntry[] = [];
  for (const [slug, story] of owners) {
    if (!story.valid) continue;
    if (story.story) checked.set(slug, story.story);
    if (story.records) fresh.set(slug, story.records);
    facts.set(slug, story.facts);
    files.set(slug, story.file);
    entries.push(story.facts.entry);
  }
  const editions = site.editions.map(
    (edition) =>
      new StoryIndex(
        entries.filter((entry) => (entry.summary.edition ?? '') === edition.key),
        site.storiesPerPage,
        edition.sections.map((section) => section.slug),
        edition.key,
      ),
  );
  const published = (slug: string): PublishedStory => {
    const known = facts.get(slug);
    const held = checked.get(slug) ?? (known && cache?.document(known));
    if (held) return held;
    const file = files.get(slug);
    const { story, problems: found } = file ? checkStoryFile(file, dir) : { story: null, problems: [] };
    if (!story || found.some((problem) => !isWarning(problem))) {
      throw new Error(`${file ?? slug} changed while the site was being built: build again`);
    }
    return publishStory(story, undefined, profileKeys);
  };
  return {
    files: storyFiles.length,
    index: editions[0]!,
    editions,
    collections: editions.map((index) => {
      const edition = editionByKey(index.edition);
      return new Collections(
        index,
        authors,
        calendar(site.timeZone, edition.locale, edition.numerals),
        site.storiesPerPage,
      );
    }),
    stories: checked,
    facts,
    records: (slug) => fresh.get(slug) ?? storyRecords(published(slug)),
    problems,
    published,
    translations: (slug) => translations.versions.get(slug) ?? [],
  };
}
