/**
 * What a guided session keeps on the phone: its running state (so a reload or a crashed tab resumes
 * where the runner was), which cues are on, and at the end the log form's entries. They live beside the
 * form drafts (drafts/use-draft.ts, same prefix), so signing out clears them with the drafts.
 */
import { clearDraft, readDraft } from '../drafts/use-draft.js';
import { isTrack } from './gps-track.js';
import type { TrackPoint } from './gps-track.js';

/** The prefix drafts/use-draft.ts keeps drafts under; guided-storage.test.ts checks the two agree. */
const DRAFT_PREFIX = 'speedwork.draft.';

export function writeDraft(key: string, value: unknown): void {
  try {
    localStorage.setItem(DRAFT_PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or private mode: the session goes on, it just will not survive a reload.
  }
}

const stateKey = (sessionId: string): string => `guided:${sessionId}`;

export function readGuidedState(sessionId: string): unknown {
  return readDraft(stateKey(sessionId));
}

export function writeGuidedState(sessionId: string, state: unknown): void {
  writeDraft(stateKey(sessionId), state);
}

export function clearGuidedState(sessionId: string): void {
  clearDraft(stateKey(sessionId));
}

const trackKey = (sessionId: string): string => `guided-track:${sessionId}`;

/** The GPS route recorded so far (empty when none): kept beside the state, so a reload keeps it too. */
export function readTrack(sessionId: string): TrackPoint[] {
  const kept = readDraft(trackKey(sessionId));
  return isTrack(kept) ? kept : [];
}

export function writeTrack(sessionId: string, points: readonly TrackPoint[]): void {
  writeDraft(trackKey(sessionId), points);
}

export function clearTrack(sessionId: string): void {
  clearDraft(trackKey(sessionId));
}

const GPS_KEY = 'speedwork.guided-gps';

/** Whether the runner chose to record the route: off until they turn it on, then kept for next time. */
export function readGpsChoice(): boolean {
  try {
    return localStorage.getItem(GPS_KEY) === 'on';
  } catch {
    return false;
  }
}

export function writeGpsChoice(on: boolean): void {
  try {
    if (on) localStorage.setItem(GPS_KEY, 'on');
    else localStorage.removeItem(GPS_KEY);
  } catch {
    // kept for this visit only
  }
}

export interface CueSettings {
  sound: boolean;
  voice: boolean;
  vibration: boolean;
}

const CUES_KEY = 'speedwork.guided-cues';
export const ALL_CUES: CueSettings = { sound: true, voice: true, vibration: true };

/** The runner's cue choices, kept across sessions (not a draft: sign-out need not forget them). */
export function readCueSettings(): CueSettings {
  try {
    const saved = JSON.parse(localStorage.getItem(CUES_KEY) ?? 'null') as Partial<CueSettings> | null;
    return { ...ALL_CUES, ...(saved ?? {}) };
  } catch {
    return ALL_CUES;
  }
}

export function writeCueSettings(settings: CueSettings): void {
  try {
    localStorage.setItem(CUES_KEY, JSON.stringify(settings));
  } catch {
    // kept for this visit only
  }
}
