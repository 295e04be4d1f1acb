/** Why a piece of content could not be shown; the error view words its message from `kind`. */
export type LoadErrorKind = 'not-found' | 'network' | 'timeout' | 'server' | 'malformed' | 'invalid';

export class LoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    message: string,
    readonly url: string,
  ) {
    super(message);
    this.name = 'LoadError';
  }

  /** Worth trying again by itself: the network or the server may do better next time. */
  get transient(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || this.kind === 'server';
  }
}

export const isNotFound = (error: unknown): boolean => error instanceof LoadError && error.kind === 'not-found';
