import path from 'node:path';
import { type Live, type LiveUpdate, liveUpdateSchema } from '../../src/data/schema.ts';
import { jsonFiles } from '../contentFolder.ts';
import { invalidCharacters } from './invalidCharacters.ts';
import { issueMessage } from './issueMessages.ts';
import { type ContentProblem, fromZodIssues } from './problems.ts';

/** A live story's own folder of update files: `stories/<slug>/updates/`, beside `stories/<slug>.json`. */
export const updatesDir = (storyFile: string): string =>
  path.join(path.dirname(storyFile), path.basename(storyFile, '.json'), 'updates');

/** The update files of a story, sorted by name (`<time>-<id>.json` sorts them oldest first). */
export const updateFiles = (storyFile: string): string[] => jsonFiles(updatesDir(storyFile));

/** Where one update came from, for its problems: its file, and its JSON path within that file. */
export interface UpdateOrigin {
  file: string;
  /** '' for an update file, `live.updates[3]` for one in the story file. */
  at: string;
}

/** A related link to a story in an update's body, with the file it is written in: checked across files. */
export interface UpdateLink {
  file: string;
  at: string;
  slug: string;
}

export interface ReadUpdate {
  update: LiveUpdate;
  origin: UpdateOrigin;
}

/** The JSON path of `field` of what is at `origin` (`live.updates[3].body[0]`, or `body[0]` in an update file). */
export const within = (origin: UpdateOrigin, field: string): string => (origin.at ? `${origin.at}.${field}` : field);

/** Reads and checks each update file on its own: JSON syntax and the update schema. */
export function readUpdateFiles(
  files: { file: string; shown: string; text: string }[],
  syntaxError: (error: Error, text: string) => string,
): { updates: ReadUpdate[]; problems: ContentProblem[] } {
  const updates: ReadUpdate[] = [];
  const problems: ContentProblem[] = [];
  for (const { shown, text } of files) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      problems.push({ file: shown, path: '', message: `not valid JSON: ${syntaxError(error as Error, text)}` });
      continue;
    }
    problems.push(...invalidCharacters(json).map((problem) => ({ file: shown, ...problem })));
    const parsed = liveUpdateSchema.safeParse(json, { error: issueMessage });
    if (parsed.success) updates.push({ update: parsed.data, origin: { file: shown, at: '' } });
    else problems.push(...fromZodIssues(shown, parsed.error.issues));
  }
  return { updates, problems };
}

/**
 * The checks across a live story's updates, wherever each was written: ids unique, each update
 * published no earlier than the one before it, and the pinned update among them.
 */
export function liveProblems(live: Pick<Live, 'pinned'>, updates: ReadUpdate[], storyFile: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, UpdateOrigin>();
  updates.forEach(({ update, origin }, i) => {
    const first = seen.get(update.id);
    if (first) {
      const where = first.at ? `${first.file} at ${first.at}` : first.file;
      problems.push({
        file: origin.file,
        path: within(origin, 'id'),
        message: `duplicate update id "${update.id}", also used by ${where}`,
      });
    } else seen.set(update.id, origin);
    const before = updates[i - 1];
    if (before && Date.parse(update.published) < Date.parse(before.update.published)) {
      problems.push({
        file: origin.file,
        path: within(origin, 'published'),
        message: `updates must be in time order: this one (${update.published}) is before the one before it, "${before.update.id}" (${before.update.published})`,
      });
    }
  });
  if (live.pinned !== undefined && !seen.has(live.pinned)) {
    problems.push({ file: storyFile, path: 'live.pinned', message: `no update has the id "${live.pinned}"` });
  }
  return problems;
}
