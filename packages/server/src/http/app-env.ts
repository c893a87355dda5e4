/** What middleware puts on the request context for the routes. */
import type { HttpBindings } from '@hono/node-server';
import type { Logger } from './logger.js';

export interface Caller {
  runnerId: string;
  /** Cookie sessions need CSRF checks on writes; bearer tokens do not. */
  via: 'cookie' | 'token';
  /** The session cookie's hash or the token id, so logout and revocation know what to end. */
  credentialId: string;
}

export interface AppEnv {
  /** On Node the raw request is there (for the peer address); in-process test requests have none. */
  Bindings: Partial<HttpBindings>;
  Variables: {
    caller: Caller;
    log: Logger;
    requestId: string;
  };
}
