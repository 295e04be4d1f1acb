import type { z } from 'zod';
import { LoadError } from './loadErrors';

export const FETCH_TIMEOUT_MS = 10_000;

function describeIssue(issue: z.core.$ZodIssue): string {
  const at = issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
  return `${at.replace(/^\./, '') || 'the document'}: ${issue.message}`;
}

/**
 * Fetches one JSON document of the site's content and checks it against its schema, turning each
 * way it can fail into a LoadError: the reader sees what went wrong, never a half-drawn page.
 * `cache: 'no-cache'` makes the browser revalidate its copy (a cheap 304) whatever the host's headers.
 */
export async function fetchContent<T>(
  url: string,
  schema: z.ZodType<T>,
  signal?: AbortSignal,
  cache?: RequestCache,
): Promise<T> {
  const timeout = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json' },
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      ...(cache && { cache }),
    });
  } catch (error) {
    if (timeout.aborted) throw new LoadError('timeout', 'The server took too long to answer.', url);
    if (signal?.aborted) throw error;
    throw new LoadError('network', 'The network request failed.', url);
  }
  if (response.status === 404 || response.status === 410) {
    throw new LoadError('not-found', 'There is nothing at this address.', url);
  }
  if (!response.ok) {
    throw new LoadError('server', `The server answered ${response.status} ${response.statusText}`.trim() + '.', url);
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new LoadError('malformed', 'The server sent a damaged document.', url);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const detail = parsed.error.issues.slice(0, 3).map(describeIssue).join('; ');
    throw new LoadError('invalid', `The document does not match the story format (${detail}).`, url);
  }
  return parsed.data;
}
