import { messagesDocument } from '../../src/i18n/allCatalogues.ts';
import { CATALOGUES, type CatalogueName } from '../../src/i18n/catalogues.ts';
import { livePoll, olderPageCount, olderPageDocument, withNewestPage } from '../liveDocuments.ts';
import type { Content } from './readContent.ts';
import type { CollectionKind } from '../../src/site/paths.ts';

const STORY = /^data\/stories\/([a-z0-9-]+)\.json$/;
/** `data/front/1.json`, `data/sections/world/2.json`, and the same under an edition: `data/ar/front/1.json`. */
const LIST = /^data\/(?:(?!sections\/|front\/)([a-z0-9-]+)\/)?(?:front|sections\/([a-z0-9-]+))\/(\d+)\.json$/;
const MESSAGES = /^data\/messages\/([a-z]+)\.json$/;
/** A live story's older page of updates, and its poll document. */
const OLDER_UPDATES = /^data\/stories\/([a-z0-9-]+)\/updates\/([1-9]\d*)\.json$/;
const LIVE_POLL = /^data\/live\/([a-z0-9-]+)\.json$/;
/** `data/topics/marrow-bay/1.json`, `data/ar/archive/2026/11/1.json`, `data/archive.json`. */
const COLLECTION = /^data\/(?:([a-z0-9-]+)\/)??(topics|authors|archive)\/(.+)\/(\d+)\.json$/;
const ARCHIVE = /^data\/(?:([a-z0-9-]+)\/)?archive\.json$/;

/**
 * The document a data path names (as the static build writes it); undefined when there is none.
 * Made from the stories readContent checked, so serving one checks nothing again.
 */
export function dataDocument(
  content: Pick<Content, 'editions' | 'stories'> & Partial<Pick<Content, 'collections' | 'translations'>>,
  dataPath: string,
): unknown {
  const collection = COLLECTION.exec(dataPath);
  const archive = ARCHIVE.exec(dataPath);
  if (collection || archive) {
    const edition = (collection ?? archive)![1] ?? '';
    const collections = content.collections?.find((candidate) => candidate.edition === edition);
    if (archive) return collections?.archive();
    const [, , kind, key, page] = collection!;
    const gathered = collections?.get(kind as CollectionKind, key!);
    return gathered && collections!.pages(gathered)[Number(page) - 1];
  }
  const messages = MESSAGES.exec(dataPath)?.[1];
  if (messages)
    return (CATALOGUES as readonly string[]).includes(messages)
      ? messagesDocument(messages as CatalogueName)
      : undefined;
  const story = STORY.exec(dataPath);
  if (story) {
    const published = content.stories.get(story[1]!);
    const index = content.editions.find((edition) => published && edition.has(published.slug));
    if (!published || !index) return undefined;
    const page = index.storyPage(published, content.translations?.(published.slug));
    return published.live ? withNewestPage(page) : page;
  }
  const older = OLDER_UPDATES.exec(dataPath);
  if (older) {
    const published = content.stories.get(older[1]!);
    const page = Number(older[2]);
    return published?.live && page <= olderPageCount(published) ? olderPageDocument(published, page) : undefined;
  }
  const poll = LIVE_POLL.exec(dataPath);
  if (poll) {
    const published = content.stories.get(poll[1]!);
    return published?.live ? livePoll(published) : undefined;
  }
  const list = LIST.exec(dataPath);
  if (!list) return undefined;
  const [, edition = '', section = null, page] = list;
  const index = content.editions.find((candidate) => candidate.edition === edition);
  if (!index || (section !== null && !index.sections.includes(section))) return undefined;
  return index.listPages(section)[Number(page) - 1];
}
