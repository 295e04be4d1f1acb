import { afterEach, describe, expect, test, vi } from 'vitest';
import { DOCUMENT_FORMAT } from '../../src/data/documents';
import { FETCH_TIMEOUT_MS, fetchDocument } from '../../src/data/fetchDocument';
import { LoadError, type LoadErrorKind } from '../../src/data/loadErrors';
import { createQueryClient } from '../../src/data/queryClient';
import { stubFetch } from '../support/renderWithRouter';

const DATA_URL = '/data/stories/a-story.json';
const current = { format: DOCUMENT_FORMAT, story: { headline: 'Hello' } };

/** A fetch that, like the real one, rejects with the signal's reason once the signal aborts. */
function hangUntilAborted() {
  return stubFetch(
    (_, init) =>
      new Promise<Response>((_resolve, reject) => {
        const signal = init!.signal!;
        if (signal.aborted) reject(signal.reason);
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

test('returns a document of this format as it came, asking for JSON', async () => {
  const fetch = stubFetch(() => Response.json(current));
  await expect(fetchDocument(DATA_URL)).resolves.toEqual(current);
  expect(fetch).toHaveBeenCalledTimes(1);
  expect(fetch).toHaveBeenCalledWith(DATA_URL, expect.objectContaining({ headers: { accept: 'application/json' } }));
  expect(fetch.mock.calls[0]![1]).not.toHaveProperty('cache');
});

test('trusts what the build wrote: nothing past the format is checked', async () => {
  const odd = { format: DOCUMENT_FORMAT, story: { headline: 42 } };
  stubFetch(() => Response.json(odd));
  await expect(fetchDocument(DATA_URL)).resolves.toEqual(odd);
});

test('passes the cache mode on, for the live checks that revalidate', async () => {
  const fetch = stubFetch(() => Response.json(current));
  await fetchDocument(DATA_URL, { cache: 'no-cache' });
  expect(fetch).toHaveBeenCalledWith(DATA_URL, expect.objectContaining({ cache: 'no-cache' }));
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
    ['500 with no status text', () => new Response('', { status: 500 }), 'server', /^The server answered 500\.$/],
    ['a network failure', () => Promise.reject(new TypeError('Failed to fetch')), 'network', /network request failed/],
    ['a damaged body', () => new Response('{"format": 2, "story": {"hea'), 'malformed', /damaged document/],
    ['a body that is not JSON', () => new Response('<!doctype html><p>Welcome'), 'malformed', /damaged document/],
  ];
  test.each(cases)('%s → %s', async (_, answer, kind, message) => {
    const fetch = stubFetch(answer);
    const error = await failure(fetchDocument(DATA_URL));
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
    expect(error.url).toBe(DATA_URL);
    // Only a document of another format is asked for again.
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test('a body cut off by the network is a network failure, not a damaged document', async () => {
    stubFetch(
      () =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"format": 2'));
              controller.error(new TypeError('network error'));
            },
          }),
        ),
    );
    expect((await failure(fetchDocument(DATA_URL))).kind).toBe('network');
  });
});

describe('a document of another format', () => {
  test('is fetched once more, from the network, and the current one is used', async () => {
    let answers = 0;
    const fetch = stubFetch(() =>
      Response.json(answers++ === 0 ? { ...current, format: DOCUMENT_FORMAT - 1 } : current),
    );
    await expect(fetchDocument(DATA_URL, { cache: 'no-cache' })).resolves.toEqual(current);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(fetch.mock.calls[0]![1]).toMatchObject({ cache: 'no-cache' });
    expect(fetch.mock.calls[1]![1]).toMatchObject({ cache: 'reload', headers: { accept: 'application/json' } });
  });

  test.each([DOCUMENT_FORMAT + 1, DOCUMENT_FORMAT - 1])(
    "still format %s from the network: 'outdated', the site was deployed again",
    async (format) => {
      const fetch = stubFetch(() => Response.json({ ...current, format }));
      const error = await failure(fetchDocument(DATA_URL));
      expect(error.kind).toBe('outdated');
      expect(error.message).toMatch(`format ${format}`);
      expect(fetch).toHaveBeenCalledTimes(2);
    },
  );

  test.each<[string, unknown]>([
    ['no format', { story: { headline: 'Hello' } }],
    ['a format that is no number', { ...current, format: String(DOCUMENT_FORMAT) }],
    ['a list', [current]],
    ['null', null],
    ['a number', DOCUMENT_FORMAT],
  ])("%s: 'invalid', never shown", async (_, body) => {
    const fetch = stubFetch(() => Response.json(body));
    const error = await failure(fetchDocument(DATA_URL));
    expect(error.kind).toBe('invalid');
    expect(error.message).toMatch(/not one of this site’s documents/);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  test('a refetch that fails fails the load as it does', async () => {
    let answers = 0;
    stubFetch(() =>
      answers++ === 0 ? Response.json({ format: DOCUMENT_FORMAT + 1 }) : Promise.reject(new TypeError('offline')),
    );
    expect((await failure(fetchDocument(DATA_URL))).kind).toBe('network');
  });
});

// AbortSignal.timeout runs on the platform's own timer, which fake timers do not reach, so these
// tests hand fetchDocument a timeout signal that they abort themselves.
describe('timeouts and aborts', () => {
  const timesOut = () => {
    const timer = new AbortController();
    const timeout = vi.spyOn(AbortSignal, 'timeout').mockReturnValue(timer.signal);
    return { timeout, fire: () => timer.abort(new DOMException('The operation timed out.', 'TimeoutError')) };
  };

  test(`a server that does not answer within ${FETCH_TIMEOUT_MS} ms gives a 'timeout' LoadError`, async () => {
    const { timeout, fire } = timesOut();
    hangUntilAborted();
    const load = failure(fetchDocument(DATA_URL));
    expect(timeout).toHaveBeenCalledWith(FETCH_TIMEOUT_MS);
    fire();
    const error = await load;
    expect(error.kind).toBe('timeout');
    expect(error.message).toMatch(/took too long/);
  });

  test('the timeout still applies when the caller passes its own signal', async () => {
    const { fire } = timesOut();
    hangUntilAborted();
    const load = failure(fetchDocument(DATA_URL, { signal: new AbortController().signal }));
    fire();
    expect((await load).kind).toBe('timeout');
  });

  test('one timeout covers the load, the refetch of another format included', async () => {
    const { timeout, fire } = timesOut();
    let answers = 0;
    const fetch = stubFetch((_, init) =>
      answers++ === 0
        ? Response.json({ format: DOCUMENT_FORMAT - 1 })
        : new Promise<Response>((_resolve, reject) => {
            init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason), { once: true });
          }),
    );
    const load = failure(fetchDocument(DATA_URL));
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
    fire();
    expect((await load).kind).toBe('timeout');
    expect(timeout).toHaveBeenCalledTimes(1);
  });

  test('a body that stops arriving times out too', async () => {
    const { fire } = timesOut();
    stubFetch((_, init) => {
      const body = new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"format": 2'));
          init!.signal!.addEventListener('abort', () => controller.error(init!.signal!.reason), { once: true });
        },
      });
      return new Response(body);
    });
    const load = failure(fetchDocument(DATA_URL));
    await new Promise((resolve) => setTimeout(resolve));
    fire();
    expect((await load).kind).toBe('timeout');
  });

  test("the caller's own abort is passed on as it is, not reported as a failure", async () => {
    hangUntilAborted();
    const caller = new AbortController();
    const load = fetchDocument(DATA_URL, { signal: caller.signal });
    const reason = new DOMException('Navigated away', 'AbortError');
    caller.abort(reason);
    await expect(load).rejects.toBe(reason);
  });

  test('an already aborted signal rejects with its reason too', async () => {
    hangUntilAborted();
    const caller = new AbortController();
    const reason = new DOMException('Navigated away', 'AbortError');
    caller.abort(reason);
    await expect(fetchDocument(DATA_URL, { signal: caller.signal })).rejects.toBe(reason);
  });
});

test('the app retries at once only what may pass by itself, never a timeout', () => {
  const { retry, retryDelay } = createQueryClient().getDefaultOptions().queries! as {
    retry: (failures: number, error: unknown) => boolean;
    retryDelay: (attempt: number) => number;
  };
  const error = (kind: LoadErrorKind) => new LoadError(kind, '', DATA_URL);
  for (const kind of ['network', 'server'] as const) {
    expect(retry(0, error(kind)), kind).toBe(true);
    expect(retry(1, error(kind)), kind).toBe(true);
    expect(retry(2, error(kind)), kind).toBe(false);
  }
  for (const kind of ['timeout', 'not-found', 'malformed', 'invalid', 'outdated'] as const) {
    expect(retry(0, error(kind)), kind).toBe(false);
  }
  expect(retry(0, new Error('a bug'))).toBe(false);
  // Both waits together: the reader is not kept on the old page for long.
  expect(retryDelay(0) + retryDelay(1)).toBeLessThanOrEqual(2_000);
});
