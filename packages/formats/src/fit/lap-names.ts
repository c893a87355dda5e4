/** A lap's intensity and trigger from their FIT profile names, for both FIT readers (ours and the SDK's). */
import type { LapIntensity, LapTrigger } from '../activity/activity-types.js';

const INTENSITIES: Readonly<Record<string, LapIntensity>> = {
  active: 'active',
  rest: 'rest',
  warmup: 'warmup',
  cooldown: 'cooldown',
  recovery: 'recovery',
  interval: 'interval',
  other: 'other',
};

const TRIGGERS: Readonly<Record<string, LapTrigger>> = {
  manual: 'manual',
  time: 'time',
  distance: 'distance',
  positionStart: 'position',
  positionLap: 'position',
  positionWaypoint: 'position',
  positionMarked: 'position',
  sessionEnd: 'session-end',
  fitnessEquipment: 'other',
};

export function lapIntensityNamed(name: string | null | undefined): LapIntensity | null {
  return name == null ? null : (INTENSITIES[name] ?? null);
}

export function lapTriggerNamed(name: string | null | undefined): LapTrigger | null {
  return name == null ? null : (TRIGGERS[name] ?? null);
}
