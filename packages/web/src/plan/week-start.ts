/** Where the runner likes calendar weeks to start, remembered on this device (issue 14 friction 13). */
import { useSyncExternalStore } from 'react';
import type { WeekStart } from './calendar-layout.js';

const KEY = 'speedwork.weekStart';
const listeners = new Set<() => void>();

function read(): WeekStart {
  try {
    const stored = localStorage.getItem(KEY);
    return stored === 'monday' || stored === 'sunday' ? stored : 'plan';
  } catch {
    return 'plan';
  }
}

export function setWeekStart(choice: WeekStart): void {
  try {
    if (choice === 'plan') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    // Private mode without storage: the choice lasts until the page reloads.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useWeekStart(): WeekStart {
  return useSyncExternalStore(subscribe, read);
}
