/** Errors and loading shown where they happen, in words, with a way forward. */
import type { ReactNode } from 'react';
import { ApiError, errorText } from '../api/api-client.js';

export function ErrorNote(props: { error: unknown; onRetry?: () => void; children?: ReactNode }) {
  const offline = props.error instanceof ApiError && props.error.kind === 'offline';
  return (
    <div className={offline ? 'note note-offline' : 'note note-error'} role="alert">
      <p>{props.children ?? errorText(props.error)}</p>
      {props.onRetry ? (
        <button type="button" className="button button-small" onClick={props.onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

export function Loading(props: { what: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      Loading {props.what}…
    </div>
  );
}

/** A stale copy is on screen because the network failed: say so without hiding it. */
export function StaleNote(props: { error: unknown }) {
  if (!props.error) return null;
  const offline = props.error instanceof ApiError && props.error.kind === 'offline';
  return (
    <p className="note note-offline" role="status">
      {offline
        ? 'Offline: showing what this phone saved last.'
        : `Could not refresh: ${errorText(props.error)}`}
    </p>
  );
}
