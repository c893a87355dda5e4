/**
 * Keeps the screen on while a guided session runs (Screen Wake Lock API). The browser drops the lock
 * whenever the page is hidden, so it is asked for again each time the page comes back.
 */
import { useEffect, useState } from 'react';

export type WakeLockStatus = 'on' | 'off' | 'unsupported';

export function useWakeLock(active: boolean): WakeLockStatus {
  const supported = typeof navigator !== 'undefined' && 'wakeLock' in navigator;
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (!active || !supported) return;
    let lock: WakeLockSentinel | undefined;
    let live = true;
    const request = async (): Promise<void> => {
      if (document.visibilityState !== 'visible' || (lock !== undefined && !lock.released)) return;
      try {
        const got = await navigator.wakeLock.request('screen');
        if (!live) {
          void got.release();
          return;
        }
        lock = got;
        setHeld(true);
        got.addEventListener('release', () => {
          if (live) setHeld(false);
        });
      } catch {
        // Refused (battery saver, a hidden page): the timer keeps time from timestamps all the same.
        if (live) setHeld(false);
      }
    };
    const onVisible = (): void => {
      void request();
    };
    void request();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onVisible);
      if (lock !== undefined && !lock.released) void lock.release();
      setHeld(false);
    };
  }, [active, supported]);
  if (!supported) return 'unsupported';
  return held ? 'on' : 'off';
}
