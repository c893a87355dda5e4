/** The runner's profile: stored as given once core has validated it. */
import type { Profile } from '@speedwork/core';
import type { Clock } from '../config/clock.js';
import { ServiceError } from '../service-error.js';
import type { ProfileRepository } from './profile.repository.js';
import { startWithinReach, validProfile } from './profile-input.js';
import type { ProfileBody } from './profile-input.js';

export interface StoredProfile {
  input: ProfileBody;
  profile: Profile;
  updatedAt: string;
}

export class ProfileService {
  constructor(
    private readonly profiles: ProfileRepository,
    private readonly clock: Clock,
  ) {}

  async put(runnerId: string, body: ProfileBody): Promise<StoredProfile> {
    const now = this.clock();
    const profile = validProfile(body);
    startWithinReach(profile.start, now);
    const updatedAt = now.toISOString();
    // `current` is kept as core read it (whole metres, blanks dropped), so what comes back is numbers.
    const { current: _given, ...rest } = body;
    const input: ProfileBody = profile.current ? { ...rest, current: { ...profile.current } } : rest;
    await this.profiles.save(runnerId, JSON.stringify(input), updatedAt);
    return { input, profile, updatedAt };
  }

  async get(runnerId: string): Promise<StoredProfile> {
    const row = await this.profiles.find(runnerId);
    if (!row)
      throw new ServiceError(
        'no-profile',
        'No profile yet: PUT /api/me/profile with your recent race and training days first.',
      );
    const input = JSON.parse(row.input_json) as ProfileBody;
    return { input, profile: validProfile(input), updatedAt: row.updated_at };
  }
}
