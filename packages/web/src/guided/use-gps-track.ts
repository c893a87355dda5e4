/**
 * The phone's GPS while a guided session wants it: watched (navigator.geolocation.watchPosition) from
 * the moment the runner turns it on, so the permission is asked on their tap and a fix is ready by the
 * start; positions are kept only while the session runs, each saved on the phone as it comes.
 */
import { useCallback, useEffect, useState } from 'react';
import { trackPoint } from './gps-track.js';
import type { TrackPoint } from './gps-track.js';
import { readTrack, writeTrack } from './guided-storage.js';

export type GpsStatus = 'off' | 'unsupported' | 'searching' | 'fix' | 'no-fix' | 'denied';

export interface GpsTrack {
  status: GpsStatus;
  /** After a refusal the GPS is not asked again (the browser would not ask the runner) until this is called. */
  forgetRefusal: () => void;
  /** Positions recorded for this session so far. */
  points: number;
  /** The last fix's accuracy in metres. */
  accuracyM?: number;
}

/** Without a fix this long, the runner is told there is no signal (the session goes on without it). */
const NO_FIX_AFTER_MS = 20_000;

/**
 * Watches the GPS while `watching`, records positions into the session's track while `recording`.
 * @example const gps = useGpsTrack(session.id, gpsOn, running); gps.status // 'fix'
 */
export function useGpsTrack(sessionId: string, watching: boolean, recording: boolean): GpsTrack {
  const supported = typeof navigator !== 'undefined' && 'geolocation' in navigator;
  // What the current watch has said; a watch started since has said nothing yet (`watch` differs).
  const watch = `${sessionId}|${String(recording)}`;
  const [heard, setHeard] = useState<{
    watch: string;
    status: GpsStatus;
    points: number;
    accuracyM?: number;
  }>({ watch: '', status: 'searching', points: 0 });
  const [refused, setRefused] = useState(false);
  const forgetRefusal = useCallback(() => {
    setRefused(false);
  }, []);

  useEffect(() => {
    if (!watching || !supported || refused) return;
    // Read afresh at each start and end: "Start again" and Finish clear the stored track.
    let track: TrackPoint[] = readTrack(sessionId);
    const startedMs = Date.now();
    let lastFixMs: number | undefined;
    let accuracyM: number | undefined;
    const say = (status: GpsStatus): void => {
      setHeard({ watch, status, points: track.length, ...(accuracyM === undefined ? {} : { accuracyM }) });
    };
    const noFix = (): void => {
      if (Date.now() - (lastFixMs ?? startedMs) >= NO_FIX_AFTER_MS) say('no-fix');
    };
    const timer = window.setInterval(noFix, NO_FIX_AFTER_MS);
    const id = navigator.geolocation.watchPosition(
      (position) => {
        lastFixMs = Date.now();
        accuracyM = Math.round(position.coords.accuracy);
        const point = recording ? trackPoint(position, track.at(-1)) : undefined;
        if (point !== undefined) {
          track = [...track, point];
          writeTrack(sessionId, track);
        }
        say('fix');
      },
      (error) => {
        if (error.code === error.PERMISSION_DENIED) setRefused(true);
        // No position for now (a tunnel, a cold start): the watch goes on and the next fix clears it;
        // the runner hears of it only once it has lasted.
        else noFix();
      },
      { enableHighAccuracy: true, maximumAge: 0, timeout: NO_FIX_AFTER_MS },
    );
    return () => {
      navigator.geolocation.clearWatch(id);
      window.clearInterval(timer);
    };
  }, [watching, recording, supported, sessionId, watch, refused]);

  const status = (s: GpsStatus): GpsTrack => ({ status: s, points: 0, forgetRefusal });
  if (!watching) return status('off');
  if (!supported) return status('unsupported');
  if (refused) return status('denied');
  if (heard.watch !== watch) return status('searching');
  const { watch: _, ...track } = heard;
  return { ...track, forgetRefusal };
}
