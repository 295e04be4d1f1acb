import { messagesDocument } from '../../src/i18n/allCatalogues.ts';
import { CATALOGUES, type CatalogueName } from '../../src/i18n/catalogues.ts';
import type { Content } from './readContent.ts';

const STORY = /^data\/stories\/([a-z0-9-]+)\.json$/;
const FRONT = /^data\/front\/(\d+)\.json$/;
const SECTION = /^data\/sections\/([a-z0-9-]+)\/(\d+)\.json$/;
const MESSAGES = /^data\/messages\/([a-z]+)\.json$/;

/**
 * The document a data path names (as the static build writes it); undefined when there is none.
 * Made from the stories readContent checked, so serving one checks nothing again.
 */
export function dataDocument(content: Pick<Content, 'index' | 'stories'>, dataPath: string): unknown {
  const messages = MESSAGES.exec(dataPath)?.[1];
  if (messages)
    return (CATALOGUES as readonly string[]).includes(messages)
      ? messagesDocument(messages as CatalogueName)
      : undefined;
  let match = STORY.exec(dataPath);
  if (match) {
    const story = content.stories.get(match[1]!);
    return story ? content.index.storyPage(story) : undefined;
  }
  match = FRONT.exec(dataPath) ?? SECTION.exec(dataPath);
  if (!match) return undefined;
  const [section, page] = match.length === 3 ? [match[1]!, match[2]!] : [null, match[1]!];
  if (section !== null && !content.index.sections.includes(section)) return undefined;
  return content.index.listPages(section)[Number(page) - 1];
}
