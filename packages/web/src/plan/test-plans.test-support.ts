/** Plans and sessions as the API serves them, built with core's real generator, for the web's tests. */
import { generatePlan, parseProfile } from '@speedwork/core';
import type { ProfileInput } from '@speedwork/core';
import type { LogDocument, PlanDocument, SessionDocument } from '@speedwork/server/api-types';

export function apiPlan(input: ProfileInput): PlanDocument {
  const parsed = parseProfile(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const { sessions, ...plan } = generatePlan(parsed.value);
  return {
    ...plan,
    id: 'plan-1',
    createdAt: `${parsed.value.start}T08:00:00.000Z`,
    revision: 1,
    sessions: sessions.map((s, i): SessionDocument => ({
      ...s,
      id: `s${i + 1}`,
      key: s.id,
      planId: 'plan-1',
      log: null,
    })),
  };
}

export const SAMPLE_PLAN_INPUT: ProfileInput = {
  recent: { distance: '5k', time: '25:00' },
  goal: { distance: '5k', time: '23:30' },
  raceDate: '2027-03-14',
  start: '2026-12-07',
  days: ['mon', 'wed', 'fri', 'sat'],
};

export function logged(
  session: SessionDocument,
  log: Partial<LogDocument> & Pick<LogDocument, 'status'>,
): SessionDocument {
  return { ...session, log: { revision: 1, updatedAt: '2026-12-07T18:00:00.000Z', ...log } };
}
