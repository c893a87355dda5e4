/**
 * A small read cache shared by every screen: each API read is fetched once, shown at once on the next
 * visit, refreshed in the background, and updated in place after a write (so a saved log marks the plan
 * without another request).
 */
import { useCallback, useEffect, useSyncExternalStore } from 'react';

export interface ResourceState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
}

interface Entry {
  state: ResourceState<unknown>;
  inFlight: Promise<void> | undefined;
  /** The screen's own loader; none yet when a write put the data here before any screen read it. */
  loader: (() => Promise<unknown>) | undefined;
  fetchedAt: number;
}

const entries = new Map<string, Entry>();
const listeners = new Set<() => void>();
const IDLE: ResourceState<undefined> = { data: undefined, error: undefined, loading: false };

function emit(): void {
  for (const listener of listeners) listener();
}

function setState(key: string, state: ResourceState<unknown>): void {
  const entry = entries.get(key);
  if (entry) entry.state = state;
  emit();
}

/** Fetches (or refetches) a resource; concurrent calls share one request. */
export function load(key: string, loader: () => Promise<unknown>): Promise<void> {
  let entry = entries.get(key);
  if (!entry) {
    entry = {
      state: { data: undefined, error: undefined, loading: true },
      inFlight: undefined,
      loader,
      fetchedAt: 0,
    };
    entries.set(key, entry);
  }
  entry.loader = loader;
  if (entry.inFlight) return entry.inFlight;
  const current = entry;
  if (!current.state.loading) setState(key, { ...current.state, loading: true });
  current.inFlight = loader().then(
    (data) => {
      current.inFlight = undefined;
      current.fetchedAt = Date.now();
      setState(key, { data, error: undefined, loading: false });
    },
    (error: unknown) => {
      current.inFlight = undefined;
      // Keep what was shown before: stale data beats an empty screen at the track.
      setState(key, { data: current.state.data, error, loading: false });
    },
  );
  return current.inFlight;
}

/** Replaces a resource's data after a write. */
export function setResource<T>(key: string, update: T | ((old: T | undefined) => T | undefined)): void {
  const entry = entries.get(key);
  const old = entry?.state.data as T | undefined;
  const data = typeof update === 'function' ? (update as (old: T | undefined) => T | undefined)(old) : update;
  if (!entry) {
    entries.set(key, {
      state: { data, error: undefined, loading: false },
      inFlight: undefined,
      loader: undefined,
      fetchedAt: Date.now(),
    });
    emit();
    return;
  }
  setState(key, { data, error: undefined, loading: false });
}

/** Marks resources (by key prefix) stale: the next screen that uses them fetches them again. */
export function invalidate(prefix: string): void {
  for (const [key, entry] of entries) {
    if (!key.startsWith(prefix)) continue;
    entry.fetchedAt = 0;
    // Without a loader of its own (the data came from a write), the next screen that reads it fetches it.
    if (listeners.size > 0 && entry.loader) void load(key, entry.loader);
  }
}

/** Forgets everything, on sign-out and account deletion. */
export function clearResources(): void {
  entries.clear();
  emit();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const FRESH_MS = 30_000;

/**
 * The state of one API read; fetches it when missing or older than 30 s.
 * @example const plan = useResource('plan', () => request<PlanDocument>('GET', '/api/plans/current'));
 */
export function useResource<T>(
  key: string | undefined,
  loader: () => Promise<T>,
): ResourceState<T> & {
  reload: () => Promise<void>;
} {
  const state = useSyncExternalStore(subscribe, () =>
    key === undefined ? IDLE : (entries.get(key)?.state ?? IDLE),
  ) as ResourceState<T>;
  // Whether the cache holds the key: after `clearResources` (sign-out) it does not, and it is fetched again.
  const present = key !== undefined && entries.has(key);
  useEffect(() => {
    if (key === undefined) return;
    const entry = entries.get(key);
    if (!entry || (Date.now() - entry.fetchedAt > FRESH_MS && !entry.inFlight)) void load(key, loader);
    // The loader is recreated each render; the key names what it loads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, present]);
  const reload = useCallback(
    () => (key === undefined ? Promise.resolve() : load(key, loader)),
    [key, loader],
  );
  const loading = key !== undefined && (state.loading || !entries.has(key));
  return { ...state, loading, reload };
}

/**
 * What the cache holds for a key, without fetching it: for the shell, which must not race a screen's own loader.
 * @example const plan = useCachedResource(KEYS.plan) as PlanDocument | null | undefined;
 */
export function useCachedResource(key: string | undefined): unknown {
  return useSyncExternalStore(subscribe, () =>
    key === undefined ? undefined : entries.get(key)?.state.data,
  );
}
