/** Every API call the web app makes, typed with the server's own request and response types. */
import type { PacesReport, RaceResult } from '@speedwork/core';
import type {
  Account,
  LogBody,
  LogDocument,
  PlanChanges,
  PlanDocument,
  PlanRevisionDocument,
  ProfileBody,
  RaceBody,
  RaceDocument,
  SessionDocument,
  StoredProfile,
  Today,
} from '@speedwork/server/api-types';
import { ApiError, request, requestIfChanged } from './api-client.js';
import { todayFromPlan } from './today-from-plan.js';

export const signUp = (body: { name: string; email: string; password: string }) =>
  request<Account>('POST', '/api/auth/signup', body);
export const signIn = (body: { email: string; password: string }) =>
  request<Account>('POST', '/api/auth/login', body);
export const signOut = () => request<null>('POST', '/api/auth/logout');
export const fetchMe = () => request<Account>('GET', '/api/me');
export const deleteAccount = () => request<null>('DELETE', '/api/me');

/** The stored profile, or `null` for a runner who has not onboarded yet. */
export async function fetchProfile(): Promise<StoredProfile | null> {
  try {
    return await request<StoredProfile>('GET', '/api/me/profile');
  } catch (error) {
    if (error instanceof ApiError && error.code === 'no-profile') return null;
    throw error;
  }
}
/** Saves the profile; with a plan already there, the server re-plans it from tomorrow and says what changed. */
export const saveProfile = (body: ProfileBody) =>
  request<StoredProfile & Partial<PlanChanges>>('PUT', '/api/me/profile', body);

/** The plan last fetched and its ETag: a plan that has not changed since is answered 304 and kept as it is. */
let heldPlan: { etag: string; plan: PlanDocument } | undefined;

/** The current plan, or `null` when there is none yet. Asks with the held copy's ETag. */
export async function fetchPlan(): Promise<PlanDocument | null> {
  const held = heldPlan;
  try {
    const answer = await requestIfChanged('/api/plans/current', held?.etag);
    if (answer.unchanged) {
      if (held) return held.plan;
      return await request<PlanDocument>('GET', '/api/plans/current');
    }
    const plan = answer.data as PlanDocument;
    heldPlan = answer.etag ? { etag: answer.etag, plan } : undefined;
    return plan;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'no-plan') {
      heldPlan = undefined;
      return null;
    }
    throw error;
  }
}
/** Every revision of the current plan with its changes, newest first (none without a plan). */
export async function fetchRevisions(): Promise<PlanRevisionDocument[]> {
  try {
    return await request<PlanRevisionDocument[]>('GET', '/api/plans/current/revisions');
  } catch (error) {
    if (error instanceof ApiError && error.code === 'no-plan') return [];
    throw error;
  }
}
export const generatePlan = () => request<PlanDocument>('POST', '/api/plans');

/**
 * Today's sessions for the runner's own calendar date. Offline, it is worked out from the last plan the
 * phone saw, so the session opens at the track without signal.
 */
export async function fetchToday(date: string): Promise<Today> {
  try {
    return await request<Today>('GET', `/api/today?date=${date}`);
  } catch (error) {
    if (!(error instanceof ApiError) || error.kind !== 'offline') throw error;
    const plan = await fetchPlan();
    if (!plan) throw error;
    return todayFromPlan(plan, date);
  }
}

export const fetchSession = (id: string) =>
  request<SessionDocument>('GET', `/api/sessions/${encodeURIComponent(id)}`);

/** The session from the API, or from the plan on the phone when there is no connection. */
export async function fetchSessionOrHeld(id: string): Promise<SessionDocument> {
  try {
    return await fetchSession(id);
  } catch (error) {
    if (!(error instanceof ApiError) || error.kind !== 'offline') throw error;
    const found = (await fetchPlan())?.sessions.find((s) => s.id === id);
    if (!found) throw error;
    return found;
  }
}
export const saveLog = (id: string, body: LogBody) =>
  request<LogDocument & PlanChanges>('PUT', `/api/sessions/${encodeURIComponent(id)}/log`, body);
/** Moves a session to another date; a move that would break a rule is refused (400) with the rule's words. */
export const moveSession = (id: string, date: string) =>
  request<PlanChanges & { session: SessionDocument }>(
    'POST',
    `/api/sessions/${encodeURIComponent(id)}/move`,
    { date },
  );

export const fetchRaces = () => request<RaceDocument[]>('GET', '/api/races');
export const addRace = (body: RaceBody) => request<RaceDocument & PlanChanges>('POST', '/api/races', body);
export const updateRace = (id: string, body: RaceBody) =>
  request<RaceDocument & PlanChanges>('PUT', `/api/races/${encodeURIComponent(id)}`, body);
export const deleteRace = (id: string) =>
  request<{ id: string } & PlanChanges>('DELETE', `/api/races/${encodeURIComponent(id)}`);
export const fetchPaces = () => request<PacesReport & { from: RaceResult }>('GET', '/api/paces');

/** Downloads every record of the runner as the server's export file. */
export async function downloadExport(): Promise<void> {
  let response: Response;
  try {
    response = await fetch('/api/export', { credentials: 'same-origin' });
  } catch {
    throw new ApiError(
      'offline',
      'No connection: the export needs the server. Try again with signal.',
      0,
      'offline',
    );
  }
  if (!response.ok)
    throw new ApiError('server', `The export failed (${response.status}).`, response.status, 'http');
  const blob = await response.blob();
  const name =
    /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ??
    'speedwork-export.json';
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

/** Resource keys, so every screen shares one copy of each read. */
export const KEYS = {
  me: 'me',
  profile: 'profile',
  plan: 'plan',
  revisions: 'plan-revisions',
  races: 'races',
  today: (date: string) => `today:${date}`,
  session: (id: string) => `session:${id}`,
} as const;
