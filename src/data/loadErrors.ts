/**
 * Why a piece of content could not be shown; the error view words its message from `kind`.
 * 'outdated': the site was deployed again with a document format this running app does not read.
 */
export type LoadErrorKind = 'not-found' | 'network' | 'timeout' | 'server' | 'malformed' | 'invalid' | 'outdated';

export class LoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    message: string,
    readonly url: string,
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

export const isNotFound = (error: unknown): boolean => error instanceof LoadError && error.kind === 'not-found';
