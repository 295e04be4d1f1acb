import { existsSync } from 'node:fs';
import path from 'node:path';
import { formatProblem, isWarning, type ContentProblem } from './problems.ts';
import { contentDir, storiesDir } from '../contentFolder.ts';
import { readContent, type Content } from './readContent.ts';
import type { StoryCache } from './storyCache.ts';

export interface Validation {
  content: Content;
  /** Every problem, each file's together; errors stop the build, warnings do not. */
  problems: ContentProblem[];
  errors: number;
  warnings: number;
  /** How many story files were read. */
  files: number;
}

/**
 * Checks a whole content folder and reports every problem in it at once: `npm run validate`
 * prints this, and `npm run build` refuses to build while it finds errors.
 */
export function validateContent(dir = contentDir, cache?: StoryCache): Validation {
  const content = readContent(dir, cache);
  const problems = [...content.problems];
  if (!existsSync(storiesDir(dir))) {
    problems.unshift({
      file: path.relative(process.cwd(), dir) || '.',
      path: '',
      message: 'no stories/ folder: stories go in stories/<slug>.json',
    });
  }
  // A stable sort: each file's problems stay in the order the checks found them.
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const warnings = problems.filter(isWarning).length;
  return { content, problems, errors: problems.length - warnings, warnings, files: content.files };
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** "3 errors, 1 warning in 42 files" */
export function validationSummary({ errors, warnings, files }: Validation): string {
  return `${count(errors, 'error')}, ${count(warnings, 'warning')} in ${count(files, 'file')}`;
}

/**
 * What a publisher reads: one line per problem, then the summary. `warningsShown` caps the
 * warnings listed (errors are always all listed): a build of an archive with thousands of
 * warnings says how many more there are, and `npm run validate` lists every one.
 */
export function validationReport(validation: Validation, warningsShown = Number.POSITIVE_INFINITY): string[] {
  const lines: string[] = [];
  let warnings = 0;
  for (const problem of validation.problems) {
    if (isWarning(problem) && ++warnings > warningsShown) continue;
    lines.push(formatProblem(problem));
  }
  const more = warnings - warningsShown;
  if (more > 0) lines.push(`… and ${count(more, 'more warning')}: npm run validate lists them all`);
  return [...lines, validationSummary(validation)];
}
