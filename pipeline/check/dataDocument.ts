import type { Content } from './readContent.ts';
import { readStoryFile } from './readContent.ts';
import { publishStory } from '../publishStory.ts';

const STORY = /^data\/stories\/([a-z0-9-]+)\.json$/;
const FRONT = /^data\/front\/(\d+)\.json$/;
const SECTION = /^data\/sections\/([a-z0-9-]+)\/(\d+)\.json$/;

/** The document a data path names (as the static build writes it); undefined when there is none. */
export function dataDocument(content: Content, dataPath: string): unknown {
  let match = STORY.exec(dataPath);
  if (match) {
    const file = content.files.get(match[1]!);
    const story = file ? readStoryFile(file).story : null;
    return story ? content.index.storyPage(publishStory(story)) : undefined;
  }
  match = FRONT.exec(dataPath) ?? SECTION.exec(dataPath);
  if (!match) return undefined;
  const [section, page] = match.length === 3 ? [match[1]!, match[2]!] : [null, match[1]!];
  if (section !== null && !content.index.sections.includes(section)) return undefined;
  return content.index.listPages(section)[Number(page) - 1];
}
