/**
 * Technique focus for running sessions (R-TEC-2): every run carries a focus and the three focuses rotate so
 * each comes up within any two weeks of running. A week with a single run carries two focuses, so even
 * one run a week covers all three within two weeks.
 */
import type { TechniqueFocusId } from '../catalog/technique.js';
import type { Session } from './plan-types.js';

export const FOCUS_ROTATION: readonly TechniqueFocusId[] = ['stride', 'body-control', 'breathing'];

export function isRunning(session: Pick<Session, 'type'>): boolean {
  return session.type !== 'strength';
}

/** Sets `technique` on each running session in place; sessions must be in date order. */
export function assignTechnique(sessions: Session[]): void {
  let next = 0;
  const runsByWeek = new Map<number, Session[]>();
  for (const session of sessions) {
    if (!isRunning(session)) continue;
    const runs = runsByWeek.get(session.week) ?? [];
    runs.push(session);
    runsByWeek.set(session.week, runs);
  }
  for (const runs of runsByWeek.values()) {
    const focusesPerRun = runs.length === 1 ? 2 : 1;
    for (const run of runs) {
      run.technique = [];
      for (let i = 0; i < focusesPerRun; i++) {
        run.technique.push(FOCUS_ROTATION[next % FOCUS_ROTATION.length] ?? 'stride');
        next++;
      }
    }
  }
}
