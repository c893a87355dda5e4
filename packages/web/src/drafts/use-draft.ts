/**
 * Form state that survives a failed request, a reload or a dead battery: every change is kept in
 * localStorage under a key until the form is saved, so nothing a runner typed is lost.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { clearOutbox } from '../offline/log-outbox.js';

const PREFIX = 'speedwork.draft.';

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
 * Returns the value, its setter, whether it came from a draft, and `discard` (call it after a save).
 */
export function useDraft<T>(
  key: string,
  initial: () => T,
): [T, (update: T | ((old: T) => T)) => void, boolean, () => void] {
  const [restored, setRestored] = useState(() => readDraft(key) !== undefined);
  const [value, setValue] = useState<T>(() => (readDraft(key) as T | undefined) ?? initial());
  // The key the runner last typed under. A save changes the key (a log's new revision) in the same render
  // as the saved value: the value is then not a draft of the new key and must not be written under it.
  const dirtyKey = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (dirtyKey.current !== key) return;
    try {
      localStorage.setItem(PREFIX + key, JSON.stringify(value));
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
    setRestored(false);
  }, [key]);
  return [value, update, restored, discard];
}
