import { afterEach, describe, expect, test, vi } from 'vitest';
import { z } from 'zod';
import { FETCH_TIMEOUT_MS, fetchContent } from '../../src/data/fetchContent';
import { LoadError, type LoadErrorKind } from '../../src/data/loadErrors';
import { createQueryClient } from '../../src/data/queryClient';
import { stubFetch } from './renderWithRouter';

const schema = z.strictObject({ headline: z.string() });
const DATA_URL = '/data/stories/a-story.json';

/** A fetch that, like the real one, rejects with the signal's reason once the signal aborts. */
function hangUntilAborted() {
  return stubFetch(
    (_, init) =>
      new Promise<Response>((_resolve, reject) => {
        const signal = init!.signal!;
        signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      }),
  );
}

async function failure(promise: Promise<unknown>): Promise<LoadError> {
  const error = await promise.then(
    () => expect.unreachable('the load should have failed'),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(LoadError);
  return error as LoadError;
}

afterEach(() => {
  vi.useRealTimers();
});

test('returns the parsed document', async () => {
  const fetch = stubFetch(() => Response.json({ headline: 'Hello' }));
  await expect(fetchContent(DATA_URL, schema)).resolves.toEqual({ headline: 'Hello' });
  expect(fetch).toHaveBeenCalledWith(DATA_URL, expect.objectContaining({ headers: { accept: 'application/json' } }));
});

describe('each way a load fails becomes a LoadError', () => {
  const cases: [string, () => Response | Promise<Response>, LoadErrorKind, RegExp][] = [
    ['404', () => new Response('', { status: 404 }), 'not-found', /nothing at this address/],
    ['410', () => new Response('', { status: 410 }), 'not-found', /nothing at this address/],
    [
      '503',
      () => new Response('', { status: 503, statusText: 'Service Unavailable' }),
      'server',
      /^The server answered 503 Service Unavailable\.$/,
    ],
    ['a network failure', () => Promise.reject(new TypeError('Failed to fetch')), 'network', /network request failed/],
    ['a damaged body', () => new Response('{"headline": "Hel'), 'malformed', /damaged document/],
    [
      'a schema mismatch',
      () => Response.json({ headline: 7, extra: true }),
      'invalid',
      /\(headline: Invalid input: expected string, received number; the document: Unrecognized key: "extra"\)/,
    ],
  ];
  test.each(cases)('%s → %s', async (_, answer, kind, message) => {
    stubFetch(answer);
    const error = await failure(fetchContent(DATA_URL, schema));
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
    expect(error.url).toBe(DATA_URL);
  });
});

// AbortSignal.timeout runs on the platform's own timer, which fake timers do not reach, so these
// tests hand fetchContent a timeout signal that they abort themselves.
describe('timeouts', () => {
  test(`a server that does not answer within ${FETCH_TIMEOUT_MS} ms gives a 'timeout' LoadError`, async () => {
    const timer = new AbortController();
    const timeout = vi.spyOn(AbortSignal, 'timeout').mockReturnValue(timer.signal);
    hangUntilAborted();
    const load = failure(fetchContent(DATA_URL, schema));
    expect(timeout).toHaveBeenCalledWith(FETCH_TIMEOUT_MS);
    timer.abort(new DOMException('The operation timed out.', 'TimeoutError'));
    const error = await load;
    expect(error.kind).toBe('timeout');
    expect(error.transient).toBe(true);
  });

  test('the timeout still applies when the caller passes its own signal', async () => {
    const timer = new AbortController();
    vi.spyOn(AbortSignal, 'timeout').mockReturnValue(timer.signal);
    hangUntilAborted();
    const load = failure(fetchContent(DATA_URL, schema, new AbortController().signal));
    timer.abort(new DOMException('The operation timed out.', 'TimeoutError'));
    expect((await load).kind).toBe('timeout');
  });

  test("the caller's own abort is passed on as it is, not reported as a failure", async () => {
    hangUntilAborted();
    const caller = new AbortController();
    const load = fetchContent(DATA_URL, schema, caller.signal);
    const reason = new DOMException('Navigated away', 'AbortError');
    caller.abort(reason);
    await expect(load).rejects.toBe(reason);
  });
});

test('the app retries only failures that may pass by themselves', () => {
  const retry = createQueryClient().getDefaultOptions().queries!.retry as (failures: number, error: unknown) => boolean;
  const error = (kind: LoadErrorKind) => new LoadError(kind, '', DATA_URL);
  for (const kind of ['network', 'timeout', 'server'] as const) {
    expect(retry(0, error(kind)), kind).toBe(true);
    expect(retry(2, error(kind)), kind).toBe(false);
  }
  for (const kind of ['not-found', 'malformed', 'invalid'] as const) expect(retry(0, error(kind)), kind).toBe(false);
  expect(retry(0, new Error('a bug'))).toBe(false);
});
