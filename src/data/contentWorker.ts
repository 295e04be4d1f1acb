import { documentSchemas } from './documentSchemas';
import { fetchContent } from './fetchContent';
import type { DocumentReply, DocumentRequest } from './loadDocument';
import { LoadError } from './loadErrors';

// A dedicated worker: fetches the site's JSON documents and checks them (and what the site keeps
// in localStorage) against the schema, so neither zod nor the checking of a long story ever takes
// the page's main thread.
declare const self: {
  onmessage: ((event: MessageEvent<DocumentRequest>) => void) | null;
  postMessage(reply: DocumentReply): void;
};

const running = new Map<number, AbortController>();

self.onmessage = async ({ data: request }) => {
  if (request.type === 'abort') {
    running.get(request.id)?.abort();
    return;
  }
  if (request.type === 'check') {
    const parsed = documentSchemas[request.kind].safeParse(request.value);
    self.postMessage({ id: request.id, document: parsed.success ? parsed.data : null });
    return;
  }
  const { id, kind, url, cache } = request;
  const controller = new AbortController();
  running.set(id, controller);
  try {
    self.postMessage({
      id,
      document: await fetchContent<unknown>(url, documentSchemas[kind], controller.signal, cache),
    });
  } catch (error) {
    // The page gave up on this one and has already moved on.
    if (controller.signal.aborted) return;
    const failure = error instanceof LoadError ? error : new LoadError('network', String(error), url);
    self.postMessage({ id, error: { kind: failure.kind, message: failure.message, url: failure.url } });
  } finally {
    running.delete(id);
  }
};
