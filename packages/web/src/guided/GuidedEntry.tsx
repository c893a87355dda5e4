/**
 * "Start guided session": the way into guided mode from the session page and from Today, or "Resume" when
 * one is under way on this phone. The guided screen's chunk is fetched as the finger comes down, so it is
 * there by the time the tap ends.
 */
import type { GuidedState } from '@speedwork/core';
import { Link } from '../ui/link.js';
import { readGuidedState } from './guided-storage.js';

function underWay(sessionId: string): boolean {
  const kept = readGuidedState(sessionId);
  // Only the shape is checked here; the guided screen checks the state against the session's steps.
  if (typeof kept !== 'object' || kept === null) return false;
  const state = kept as GuidedState;
  return state.sessionId === sessionId && state.finishedAtMs === undefined;
}

let prefetched = false;
function prefetch(): void {
  if (prefetched) return;
  prefetched = true;
  void import('./GuidedPage.js').catch(() => {
    prefetched = false;
  });
}

export function GuidedEntry(props: { sessionId: string; className?: string }) {
  const resume = underWay(props.sessionId);
  return (
    <Link
      href={`/sessions/${encodeURIComponent(props.sessionId)}/guided`}
      className={props.className ?? 'button button-primary'}
      onPointerDown={prefetch}
      onPointerEnter={prefetch}
      onFocus={prefetch}
    >
      {resume ? 'Resume guided session' : 'Start guided session'}
    </Link>
  );
}
