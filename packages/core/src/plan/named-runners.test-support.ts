/** Runners the plan tests share: the worked half of COACHING.md section 8, a 20-week marathoner, a 10K runner. */
import type { ProfileInput } from '../profile/profile-types.js';

export const HALF_RUNNER: ProfileInput = {
  recent: { distance: 'half', time: '1:45:00' },
  goal: { distance: 'half', time: '1:42:30' },
  raceDate: '2027-03-28',
  start: '2027-01-04',
  days: ['tue', 'thu', 'sat', 'sun'],
  level: 'intermediate',
  current: { weeklyDistanceM: 30000, longestRunM: 12000 },
};

export const MARATHON_RUNNER: ProfileInput = {
  recent: { distance: 'marathon', time: '3:30:00' },
  goal: { distance: 'marathon', time: '3:25:00' },
  raceDate: '2027-05-23',
  start: '2027-01-04',
  days: ['mon', 'tue', 'wed', 'thu', 'sat', 'sun'],
  level: 'intermediate',
  current: { weeklyDistanceM: 50000, longestRunM: 20000 },
};

export const TEN_K_RUNNER: ProfileInput = {
  recent: { distance: '10k', time: '45:00' },
  goal: { distance: '10k', time: '43:30' },
  raceDate: '2027-04-25',
  start: '2027-01-04',
  days: ['mon', 'tue', 'thu', 'sat', 'sun'],
  level: 'intermediate',
  current: { weeklyDistanceM: 35000, longestRunM: 14000 },
};
