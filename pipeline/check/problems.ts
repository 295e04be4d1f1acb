import type { z } from 'zod';
import { expandIssue } from './issueMessages.ts';

/** One thing wrong with the content, phrased so a publisher can find and fix it. */
export interface ContentProblem {
  file: string;
  /** A JSON path such as `body[3].text`; empty for the whole file. */
  path: string;
  message: string;
  /** Errors stop the build; warnings are printed and let it go on. Absent means an error. */
  severity?: 'error' | 'warning';
}

export const isWarning = (problem: ContentProblem): boolean => problem.severity === 'warning';

export function jsonPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

export function fromZodIssues(file: string, issues: readonly z.core.$ZodIssue[]): ContentProblem[] {
  return issues.flatMap(expandIssue).map((issue) => ({ file, path: jsonPath(issue.path), message: issue.message }));
}

export function formatProblem(problem: ContentProblem): string {
  const { file, path, message } = problem;
  const where = path ? `${file} at ${path}` : file;
  return `${isWarning(problem) ? 'warning: ' : ''}${where}: ${message}`;
}
