import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { storySchema, type Story } from '../../src/content/schema.ts';
import { StoryIndex, toIndexEntry, type IndexEntry } from '../../src/content/storyIndex.ts';
import { site } from '../../src/site/config.ts';
import { fromZodIssues, type ContentProblem } from './problems.ts';

/** The content folder: stories in `stories/`, the images they use in `images/`. */
export const contentDir = path.resolve(process.env.DISPATCH_CONTENT ?? 'content');
export const storiesDir = (dir = contentDir) => path.join(dir, 'stories');
export const imagesDir = (dir = contentDir) => path.join(dir, 'images');

export type StoryResult = { story: Story; problems: [] } | { story: null; problems: ContentProblem[] };

/** Reads and validates one story file on its own: JSON syntax, the schema, and its file name. */
export function readStoryFile(file: string, dir = contentDir): StoryResult {
  const shown = path.relative(process.cwd(), file) || file;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { story: null, problems: [{ file: shown, path: '', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  const parsed = storySchema.safeParse(json);
  if (!parsed.success) return { story: null, problems: fromZodIssues(shown, parsed.error.issues) };
  const story = parsed.data;
  const problems: ContentProblem[] = [];
  const expected = `${story.slug}.json`;
  if (path.basename(file) !== expected) {
    problems.push({ file: shown, path: 'slug', message: `the file must be named after the slug: ${expected}` });
  }
  if (!site.sections.some((section) => section.slug === story.section)) {
    const known = site.sections.map((section) => section.slug).join(', ');
    problems.push({ file: shown, path: 'section', message: `unknown section "${story.section}" (known: ${known})` });
  }
  for (const { at, src } of localImages(story)) {
    if (!existsSync(path.join(imagesDir(dir), src.slice('/images/'.length)))) {
      problems.push({ file: shown, path: at, message: `image not found: ${src} (looked in ${path.relative(process.cwd(), imagesDir(dir))})` });
    }
  }
  return problems.length > 0 ? { story: null, problems } : { story, problems: [] };
}

function localImages(story: Story): { at: string; src: string }[] {
  const images = story.image ? [{ at: 'image.src', src: story.image.src }] : [];
  story.body.forEach((block, i) => {
    if (block.type === 'figure') images.push({ at: `body[${i}].image.src`, src: block.image.src });
  });
  return images.filter(({ src }) => src.startsWith('/images/'));
}

export function storyFiles(dir = contentDir): string[] {
  const folder = storiesDir(dir);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(folder, name));
}

export interface Content {
  index: StoryIndex;
  /** Which file each story came from, by slug. */
  files: Map<string, string>;
  problems: ContentProblem[];
}

/**
 * Reads the whole content folder, keeping only each story's index entry in memory, and reports
 * every problem at once: per-file ones, duplicate slugs and related links to missing stories.
 */
export function readContent(dir = contentDir): Content {
  const problems: ContentProblem[] = [];
  const entries: IndexEntry[] = [];
  const files = new Map<string, string>();
  for (const file of storyFiles(dir)) {
    const result = readStoryFile(file, dir);
    problems.push(...result.problems);
    if (!result.story) continue;
    const { slug } = result.story;
    const other = files.get(slug);
    if (other) {
      problems.push({ file: path.relative(process.cwd(), file), path: 'slug', message: `duplicate slug "${slug}", also used by ${path.relative(process.cwd(), other)}` });
      continue;
    }
    files.set(slug, file);
    entries.push(toIndexEntry(result.story));
  }
  for (const entry of entries) {
    entry.related.forEach((slug, i) => {
      if (!files.has(slug)) {
        problems.push({ file: path.relative(process.cwd(), files.get(entry.summary.slug)!), path: `related[${i}]`, message: `no story has the slug "${slug}"` });
      }
    });
  }
  return { index: new StoryIndex(entries, site.storiesPerPage), files, problems };
}
