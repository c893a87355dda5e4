/** Every API call the web app makes, typed with the server's own request and response types. */
import type { PacesReport, RaceResult } from '@speedwork/core';
import type {
  Account,
  LogBody,
  LogDocument,
  PlanChanges,
  PlanDocument,
  ProfileBody,
  RaceBody,
  RaceDocument,
  SessionDocument,
  StoredProfile,
  Today,
} from '@speedwork/server/api-types';
import { ApiError, request } from './api-client.js';
import { todayFromPlan } from '../plan/calendar-layout.js';

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

/** The current plan, or `null` when there is none yet. */
export async function fetchPlan(): Promise<PlanDocument | null> {
  try {
    return await request<PlanDocument>('GET', '/api/plans/current');
  } catch (error) {
    if (error instanceof ApiError && error.code === 'no-plan') return null;
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
export const saveLog = (id: string, body: LogBody) =>
  request<LogDocument>('PUT', `/api/sessions/${encodeURIComponent(id)}/log`, body);

export const fetchRaces = () => request<RaceDocument[]>('GET', '/api/races');
export const addRace = (body: RaceBody) => request<RaceDocument>('POST', '/api/races', body);
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
  races: 'races',
  today: (date: string) => `today:${date}`,
  session: (id: string) => `session:${id}`,
} as const;
