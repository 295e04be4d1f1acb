import { LoadError, type LoadErrorKind } from './loadErrors';
import type { ListPage, StoryPage } from './documents';
import type { SavedStory } from './savedStorySchema';

/** The site's JSON documents, by kind: the first two are fetched, the last is kept in localStorage. */
export interface Documents {
  story: StoryPage;
  list: ListPage;
  'saved-stories': SavedStory[];
}
export type DocumentKind = keyof Documents;
export type FetchedKind = 'story' | 'list';

export type DocumentRequest =
  | { type: 'load'; id: number; kind: FetchedKind; url: string; cache?: RequestCache | undefined }
  | { type: 'check'; id: number; kind: DocumentKind; value: unknown }
  | { type: 'abort'; id: number };

/** `document` is null when a checked value does not match its schema. */
export type DocumentReply =
  | { id: number; document: unknown }
  | { id: number; error: { kind: LoadErrorKind; message: string; url: string } };

interface Pending {
  resolve(document: unknown): void;
  reject(error: unknown): void;
  retryHere(): void;
}

let worker: Worker | null | undefined;
const pending = new Map<number, Pending>();
let nextId = 0;

/** The content worker, started on first use; null where there is none (tests, or it failed to start). */
function contentWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  worker = new Worker(new URL('./contentWorker.ts', import.meta.url), { type: 'module', name: 'content' });
  worker.onmessage = ({ data: reply }: MessageEvent<DocumentReply>) => {
    const request = pending.get(reply.id);
    pending.delete(reply.id);
    if (!request) return;
    if ('document' in reply) request.resolve(reply.document);
    else request.reject(new LoadError(reply.error.kind, reply.error.message, reply.error.url));
  };
  // A worker that cannot start (its script failed to load) is given up for good: what it was
  // asked for, and everything after, is done on the main thread instead.
  worker.onerror = (event) => {
    event.preventDefault();
    worker?.terminate();
    worker = null;
    const stranded = [...pending.values()];
    pending.clear();
    for (const request of stranded) request.retryHere();
  };
  return worker;
}

/** Sends `request` to the worker; `here` does the same work on the main thread if it cannot. */
function ask<T>(target: Worker, request: DocumentRequest, here: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  const { id } = request;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      pending.delete(id);
      worker?.postMessage({ type: 'abort', id } satisfies DocumentRequest);
      reject(signal!.reason);
    };
    const settle = () => signal?.removeEventListener('abort', onAbort);
    pending.set(id, {
      resolve: (document) => (settle(), resolve(document as T)),
      reject: (error) => (settle(), reject(error)),
      retryHere: () => (settle(), here().then(resolve, reject)),
    });
    signal?.addEventListener('abort', onAbort, { once: true });
    target.postMessage(request);
  });
}

const schemasHere = async () => (await import('./documentSchemas')).documentSchemas;

async function loadHere<K extends FetchedKind>(
  kind: K,
  url: string,
  signal?: AbortSignal,
  cache?: RequestCache,
): Promise<Documents[K]> {
  const [{ fetchContent }, schemas] = await Promise.all([import('./fetchContent'), schemasHere()]);
  return fetchContent(url, schemas[kind], signal, cache) as Promise<Documents[K]>;
}

async function checkHere<K extends DocumentKind>(kind: K, value: unknown): Promise<Documents[K] | null> {
  const parsed = (await schemasHere())[kind].safeParse(value);
  return parsed.success ? (parsed.data as Documents[K]) : null;
}

/**
 * Fetches one of the site's JSON documents and checks it against its schema, off the main thread
 * where the browser has workers (fetchContent.ts says how each failure becomes a LoadError).
 * Aborting `signal` rejects with its reason, as fetch does.
 */
export function loadDocument<K extends FetchedKind>(
  kind: K,
  url: string,
  signal?: AbortSignal,
  cache?: RequestCache,
): Promise<Documents[K]> {
  const target = contentWorker();
  if (!target) return loadHere(kind, url, signal, cache);
  if (signal?.aborted) return Promise.reject(signal.reason);
  return ask(
    target,
    { type: 'load', id: nextId++, kind, url, cache },
    () => loadHere(kind, url, signal, cache),
    signal,
  );
}

/** Checks a value against a document's schema, off the main thread too: the value, or null if it does not match. */
export function checkDocument<K extends DocumentKind>(kind: K, value: unknown): Promise<Documents[K] | null> {
  const target = contentWorker();
  if (!target) return checkHere(kind, value);
  return ask(target, { type: 'check', id: nextId++, kind, value }, () => checkHere(kind, value));
}
