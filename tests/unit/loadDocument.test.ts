import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type {
  checkDocument as CheckDocument,
  DocumentReply,
  DocumentRequest,
  loadDocument as LoadDocument,
} from '../../src/data/loadDocument';
import { sampleDocument, stubFetch, serveContent } from './renderWithRouter';

/** Stands in for the browser's Worker: records what the page asks, and answers as the test says. */
class FakeWorker {
  static last: FakeWorker | undefined;
  readonly sent: DocumentRequest[] = [];
  onmessage: ((event: MessageEvent<DocumentReply>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  terminated = false;
  constructor(readonly url: URL) {
    FakeWorker.last = this;
  }
  postMessage(request: DocumentRequest) {
    this.sent.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  reply(reply: DocumentReply) {
    this.onmessage!(new MessageEvent('message', { data: reply }));
  }
  fail() {
    this.onerror!(new Event('error', { cancelable: true }));
  }
}

const STORY_URL = '/data/stories/defense-secretary-troops-not-withdrawing-iraq.json';
let loadDocument: typeof LoadDocument;
let checkDocument: typeof CheckDocument;
let LoadError: typeof import('../../src/data/loadErrors').LoadError;

beforeEach(async () => {
  vi.stubGlobal('Worker', FakeWorker);
  // A fresh module each time: it keeps its worker for the page's life.
  vi.resetModules();
  ({ loadDocument, checkDocument } = await import('../../src/data/loadDocument'));
  ({ LoadError } = await import('../../src/data/loadErrors'));
});

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.last = undefined;
});

test('asks the worker for the document and resolves with what it sends back', async () => {
  const loading = loadDocument('story', STORY_URL);
  const worker = FakeWorker.last!;
  expect(worker.sent).toEqual([{ type: 'load', id: 0, kind: 'story', url: STORY_URL, cache: undefined }]);
  const document = sampleDocument(STORY_URL.slice(1));
  worker.reply({ id: 0, document });
  await expect(loading).resolves.toEqual(document);
});

test('one worker serves every request, and each answer reaches its own request', async () => {
  const first = loadDocument('story', STORY_URL);
  const second = loadDocument('list', '/data/front/1.json', undefined, 'no-cache');
  const worker = FakeWorker.last!;
  expect(worker.sent.map((request) => request.id)).toEqual([0, 1]);
  expect(worker.sent[1]).toMatchObject({ kind: 'list', cache: 'no-cache' });
  worker.reply({ id: 1, document: 'list' });
  worker.reply({ id: 0, document: 'story' });
  await expect(first).resolves.toBe('story');
  await expect(second).resolves.toBe('list');
});

test('a failure in the worker arrives as the same LoadError, kind and all', async () => {
  const loading = loadDocument('story', STORY_URL);
  FakeWorker.last!.reply({
    id: 0,
    error: {
      kind: 'invalid',
      message: 'The document does not match the story format (story: required).',
      url: STORY_URL,
    },
  });
  const error = await loading.catch((reason: unknown) => reason);
  expect(error).toBeInstanceOf(LoadError);
  expect(error).toMatchObject({ kind: 'invalid', url: STORY_URL, message: expect.stringContaining('story format') });
});

test('aborting rejects at once with the reason, as fetch does, and tells the worker to stop', async () => {
  const controller = new AbortController();
  const loading = loadDocument('story', STORY_URL, controller.signal);
  controller.abort();
  await expect(loading).rejects.toMatchObject({ name: 'AbortError' });
  expect(FakeWorker.last!.sent.at(-1)).toEqual({ type: 'abort', id: 0 });
  // A late answer for it is ignored.
  FakeWorker.last!.reply({ id: 0, document: 'late' });
});

test('an already aborted signal never reaches the worker', async () => {
  const controller = new AbortController();
  controller.abort();
  await expect(loadDocument('story', STORY_URL, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
  expect(FakeWorker.last?.sent ?? []).toEqual([]);
});

test('when the worker cannot start, what it was asked and everything after loads on the main thread', async () => {
  stubFetch(serveContent());
  const waiting = loadDocument('story', STORY_URL);
  const worker = FakeWorker.last!;
  worker.fail();
  expect(worker.terminated).toBe(true);
  await expect(waiting).resolves.toMatchObject({ story: { slug: 'defense-secretary-troops-not-withdrawing-iraq' } });
  await expect(loadDocument('list', '/data/front/1.json')).resolves.toMatchObject({ page: 1 });
  expect(FakeWorker.last).toBe(worker);
  expect(worker.sent).toHaveLength(1);
});

const savedStory = {
  story: {
    slug: 'harbour-lights',
    breaking: false,
    headline: 'Harbour lights',
    section: 'culture',
    published: '2026-11-24T18:42:00Z',
  },
  images: [],
};

test('a value from storage is checked in the worker too', async () => {
  const checking = checkDocument('saved-stories', [savedStory]);
  const worker = FakeWorker.last!;
  expect(worker.sent).toEqual([{ type: 'check', id: 0, kind: 'saved-stories', value: [savedStory] }]);
  worker.reply({ id: 0, document: [savedStory] });
  await expect(checking).resolves.toEqual([savedStory]);
});

test('without the worker, a value is checked against the same schema on the main thread', async () => {
  const checking = checkDocument('saved-stories', [savedStory]);
  FakeWorker.last!.fail();
  await expect(checking).resolves.toEqual([savedStory]);
  await expect(checkDocument('saved-stories', [{ ...savedStory, story: { slug: 'Not A Slug' } }])).resolves.toBeNull();
  await expect(checkDocument('saved-stories', { not: 'a list' })).resolves.toBeNull();
});
