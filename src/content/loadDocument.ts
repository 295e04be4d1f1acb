import { LoadError, type LoadErrorKind } from './loadErrors';
import type { ListPage, StoryPage } from './schema';

/** The site's JSON documents, by kind. */
export interface Documents {
  story: StoryPage;
  list: ListPage;
}
export type DocumentKind = keyof Documents;

export type DocumentRequest =
  | { type: 'load'; id: number; kind: DocumentKind; url: string; cache?: RequestCache | undefined }
  | { type: 'abort'; id: number };

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
  // asked for, and everything after, is loaded on the main thread instead.
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

async function loadHere<K extends DocumentKind>(kind: K, url: string, signal?: AbortSignal, cache?: RequestCache): Promise<Documents[K]> {
  const [{ fetchContent }, { documentSchemas }] = await Promise.all([import('./fetchContent'), import('./documentSchemas')]);
  return fetchContent(url, documentSchemas[kind], signal, cache) as Promise<Documents[K]>;
}

/**
 * Fetches one of the site's JSON documents and checks it against its schema, off the main thread
 * where the browser has workers (fetchContent.ts says how each failure becomes a LoadError).
 * Aborting `signal` rejects with its reason, as fetch does.
 */
export function loadDocument<K extends DocumentKind>(kind: K, url: string, signal?: AbortSignal, cache?: RequestCache): Promise<Documents[K]> {
  const target = contentWorker();
  if (!target) return loadHere(kind, url, signal, cache);
  if (signal?.aborted) return Promise.reject(signal.reason);
  const id = nextId++;
  return new Promise<Documents[K]>((resolve, reject) => {
    const onAbort = () => {
      pending.delete(id);
      worker?.postMessage({ type: 'abort', id } satisfies DocumentRequest);
      reject(signal!.reason);
    };
    const settle = () => signal?.removeEventListener('abort', onAbort);
    pending.set(id, {
      resolve: (document) => (settle(), resolve(document as Documents[K])),
      reject: (error) => (settle(), reject(error)),
      retryHere: () => (settle(), loadHere(kind, url, signal, cache).then(resolve, reject)),
    });
    signal?.addEventListener('abort', onAbort, { once: true });
    target.postMessage({ type: 'load', id, kind, url, cache } satisfies DocumentRequest);
  });
}
