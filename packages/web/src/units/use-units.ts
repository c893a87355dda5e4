/** The runner's units, from their stored profile (km until it is known). */
import type { Units } from '@speedwork/core';
import { KEYS, fetchProfile } from '../api/endpoints.js';
import { useResource } from '../api/resources.js';

export function useUnits(): Units {
  const profile = useResource(KEYS.profile, fetchProfile);
  return profile.data?.input.units ?? profile.data?.profile.units ?? 'km';
}
