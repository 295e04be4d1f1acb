import type { z } from 'zod';

/** One thing wrong with the content, phrased so a publisher can find and fix it. */
export interface ContentProblem {
  file: string;
  /** A JSON path such as `body[3].text`; empty for the whole file. */
  path: string;
  message: string;
}

export function jsonPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

export function fromZodIssues(file: string, issues: readonly z.core.$ZodIssue[]): ContentProblem[] {
  return issues.map((issue) => ({
    file,
    path: jsonPath(issue.path),
    message: issue.message.replace(/^Invalid input: /, ''),
  }));
}

export function formatProblem({ file, path, message }: ContentProblem): string {
  return path ? `${file} at ${path}: ${message}` : `${file}: ${message}`;
}
