/**
 * Form state that survives a failed request, a reload or a dead battery: every change is kept in
 * localStorage under a key until the form is saved, so nothing a runner typed is lost. Another screen may
 * hand a form its entries by writing the draft itself (guided mode's Finish fills the log form); the form
 * tells the two apart, as the runner is told where the entries came from.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { clearOutbox } from '../offline/log-outbox.js';

const PREFIX = 'speedwork.draft.';
/** Beside each draft this hook writes: a fingerprint of it, so a draft written by anyone else is told apart. */
const TYPED = 'typed:';

/** Where a draft came from: typed in its form, or handed to the form by another screen. */
export type DraftOrigin = 'typed' | 'handed';

/** FNV-1a of the draft's text: enough to tell whether the draft is still the one this hook wrote. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16);
}

/** Whether the draft under `key` was typed in its form or handed to it; undefined without a draft. */
export function draftOrigin(key: string): DraftOrigin | undefined {
  try {
    const text = localStorage.getItem(PREFIX + key);
    if (text === null) return undefined;
    return localStorage.getItem(PREFIX + TYPED + key) === fingerprint(text) ? 'typed' : 'handed';
  } catch {
    return undefined;
  }
}

export function readDraft(key: string): unknown {
  try {
    const text = localStorage.getItem(PREFIX + key);
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

export function clearDraft(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
    localStorage.removeItem(PREFIX + TYPED + key);
  } catch {
    // nothing to clear
  }
}

/** Removes every draft and every log waiting to send, on sign-out: the next runner on this phone must not see them. */
export function clearAllDrafts(): void {
  clearOutbox();
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
  } catch {
    // nothing to clear
  }
}

/**
 * Like `useState`, but kept as a draft under `key`; `initial` is used only when there is no draft.
 * Returns the value, its setter, where it came from when it came from a draft (typed here before, or handed
 * over by another screen), and `discard` (call it after a save).
 */
export function useDraft<T>(
  key: string,
  initial: () => T,
): [T, (update: T | ((old: T) => T)) => void, DraftOrigin | undefined, () => void] {
  const [restored, setRestored] = useState(() =>
    readDraft(key) === undefined ? undefined : draftOrigin(key),
  );
  const [value, setValue] = useState<T>(() => (readDraft(key) as T | undefined) ?? initial());
  // The key the runner last typed under. A save changes the key (a log's new revision) in the same render
  // as the saved value: the value is then not a draft of the new key and must not be written under it.
  const dirtyKey = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (dirtyKey.current !== key) return;
    try {
      const text = JSON.stringify(value);
      localStorage.setItem(PREFIX + key, text);
      localStorage.setItem(PREFIX + TYPED + key, fingerprint(text));
    } catch {
      // storage full or private mode: the form still holds the value
    }
  }, [key, value]);
  const update = useCallback(
    (next: T | ((old: T) => T)) => {
      dirtyKey.current = key;
      setValue(next);
    },
    [key],
  );
  const discard = useCallback(() => {
    if (dirtyKey.current !== undefined) clearDraft(dirtyKey.current);
    dirtyKey.current = undefined;
    clearDraft(key);
    setRestored(undefined);
  }, [key]);
  return [value, update, restored, discard];
}
