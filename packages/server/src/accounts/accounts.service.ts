/**
 * Sign-up, sign-in, sign-out (here or everywhere), password change and account deletion. Knows no HTTP: it
 * returns values or throws ServiceError. Attempts are limited as throttle.ts describes.
 */
import { randomUUID } from 'node:crypto';
import type { RunnerCache } from '../cache/runner-cache.js';
import { ServiceError } from '../service-error.js';
import type { Clock } from '../config/clock.js';
import type { AccountsRepository } from './accounts.repository.js';
import { DECOY_HASH, hashPassword, verifyPassword } from './password.js';
import { passwordProblem } from './password-rules.js';
import { newSecret, secretHash } from './secret-token.js';
import { THROTTLES, throttleKey } from './throttle.js';
import type { Throttle } from './throttle.js';

export const SESSION_DAYS = 30;
const DAY_MS = 86_400_000;
/** The `sw_device` cookie's value: a random secret, only its hash is stored. */
export const DEVICE_PREFIX = 'swd_';

export interface Account {
  id: string;
  email: string;
  name: string;
  createdAt: string;
}

/** Where an attempt comes from. */
export interface AttemptSource {
  /** The client's address (behind a proxy, the right-most one it added); unknown in-process. */
  address?: string | undefined;
  /** The `sw_device` cookie the browser sent, if any. */
  device?: string | undefined;
}

export interface SignedIn {
  account: Account;
  /** The cookie value; only its hash is stored. */
  sessionToken: string;
  expiresAt: string;
  /** The device cookie to keep in this browser: it passes the account's lock-out from now on. */
  device: string;
}

function rateLimited(waitS: number, what: string): ServiceError {
  const wait = waitS < 60 ? `${waitS} s` : `${Math.ceil(waitS / 60)} min`;
  return new ServiceError('rate-limited', `Too many ${what}; try again in ${wait}.`, [], waitS);
}

export class AccountsService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly clock: Clock,
    private readonly cache: RunnerCache,
    private readonly throttle: Throttle,
  ) {}

  /**
   * A new account, signed in. Every attempt counts against the address (20 an hour): a taken email answers
   * `email-taken`, so the limit is what keeps anyone from testing many emails (docs/self-hosting.md).
   */
  async signup(email: string, password: string, name: string, source: AttemptSource = {}): Promise<SignedIn> {
    const normalized = email.trim().toLowerCase();
    const weak = passwordProblem(password, { email: normalized, name });
    if (weak) throw new ServiceError('invalid-input', `The password ${weak.message}.`, [weak]);
    if (source.address !== undefined) {
      const key = throttleKey(THROTTLES.signup, source.address);
      const waitS = (await this.throttle.blocks([key])).get(key);
      if (waitS !== undefined) throw rateLimited(waitS, 'new accounts from this network');
      await this.throttle.count(THROTTLES.signup, source.address);
    }
    const runner = {
      id: randomUUID(),
      email: normalized,
      name: name.trim(),
      password_hash: await hashPassword(password),
      created_at: this.clock().toISOString(),
    };
    if (!(await this.accounts.createRunner(runner))) {
      throw new ServiceError('email-taken', 'An account with this email exists already; sign in instead.', [
        { field: 'email', reason: 'email-taken', message: 'is taken by another account' },
      ]);
    }
    return this.startSession(
      { id: runner.id, email: runner.email, name: runner.name, createdAt: runner.created_at },
      source.device,
    );
  }

  async login(email: string, password: string, source: AttemptSource = {}): Promise<SignedIn> {
    const normalized = email.trim().toLowerCase();
    const runner = await this.accounts.findRunnerByEmail(normalized);
    const deviceHash = source.device?.startsWith(DEVICE_PREFIX) ? secretHash(source.device) : undefined;
    const accountKey = throttleKey(THROTTLES.account, normalized);
    const deviceKey = deviceHash === undefined ? undefined : throttleKey(THROTTLES.device, deviceHash);
    const addressKey =
      source.address === undefined ? undefined : throttleKey(THROTTLES.address, source.address);
    const blocks = await this.throttle.blocks(
      [accountKey, deviceKey, addressKey].filter((key) => key !== undefined),
    );
    // A browser that signed in to this account before, and has not guessed wrong too often itself.
    const trusted =
      runner !== undefined &&
      deviceHash !== undefined &&
      !blocks.has(deviceKey ?? '') &&
      (await this.accounts.knowsDevice(deviceHash, runner.id));
    if (!trusted) {
      // Blocked attempts are answered without looking at the password: a block says nothing about it.
      const waitS = Math.max(blocks.get(accountKey) ?? 0, blocks.get(addressKey ?? '') ?? 0);
      if (waitS > 0) throw rateLimited(waitS, 'sign-in attempts');
    }
    const ok = await verifyPassword(password, runner?.password_hash ?? DECOY_HASH);
    if (!runner || !ok) {
      await Promise.all([
        trusted && deviceHash
          ? this.throttle.count(THROTTLES.device, deviceHash)
          : this.throttle.count(THROTTLES.account, normalized),
        source.address === undefined ? undefined : this.throttle.count(THROTTLES.address, source.address),
      ]);
      throw new ServiceError('bad-credentials', 'Email or password is wrong.');
    }
    // The account's count is of strangers' guesses: only a sign-in from outside the known devices ends it.
    await this.throttle.clear([trusted ? (deviceKey ?? accountKey) : accountKey]);
    return this.startSession(
      { id: runner.id, email: runner.email, name: runner.name, createdAt: runner.created_at },
      source.device,
    );
  }

  /**
   * A new password, given the current one: guesses at it count as sign-in guesses at the account. Every
   * other sign-in session ends; this one (`keepSession`, the caller's cookie) stays.
   */
  async changePassword(
    runnerId: string,
    currentPassword: string,
    newPassword: string,
    keepSession: string | undefined,
  ): Promise<void> {
    const runner = await this.accounts.findRunnerById(runnerId);
    if (!runner) throw new ServiceError('not-found', 'This account no longer exists.');
    const weak = passwordProblem(newPassword, { email: runner.email, name: runner.name }, 'newPassword');
    if (weak) throw new ServiceError('invalid-input', `The new password ${weak.message}.`, [weak]);
    const accountKey = throttleKey(THROTTLES.account, runner.email);
    const waitS = (await this.throttle.blocks([accountKey])).get(accountKey);
    if (waitS !== undefined) throw rateLimited(waitS, 'wrong passwords');
    if (!(await verifyPassword(currentPassword, runner.password_hash))) {
      await this.throttle.count(THROTTLES.account, runner.email);
      throw new ServiceError('invalid-input', 'The current password is not right.', [
        { field: 'currentPassword', reason: 'wrong-password', message: 'is not your current password' },
      ]);
    }
    await this.accounts.setPasswordHash(runnerId, await hashPassword(newPassword));
    await this.accounts.deleteAuthSessionsOf(runnerId, keepSession);
    // Every instance forgets the runner's cached sessions before this answers (the change feed).
    await this.cache.forgetCredentials(runnerId);
  }

  async logout(sessionHash: string): Promise<void> {
    const session = await this.accounts.findAuthSession(sessionHash);
    await this.accounts.deleteAuthSession(sessionHash);
    this.cache.credentials.delete(sessionHash);
    // Other instances may hold this cookie too: they forget it before the answer goes out.
    if (session) await this.cache.forgetCredentials(session.runner_id);
  }

  /** Ends every sign-in session of the runner, on every device; access tokens stay until revoked. */
  async logoutEverywhere(runnerId: string): Promise<void> {
    await this.accounts.deleteAuthSessionsOf(runnerId);
    await this.cache.forgetCredentials(runnerId);
  }

  /** The runner a session cookie belongs to, if it is valid and not expired. */
  async runnerForSession(
    sessionToken: string,
  ): Promise<{ runnerId: string; sessionHash: string } | undefined> {
    const sessionHash = secretHash(sessionToken);
    if (!this.cache.credentials.get(sessionHash)) {
      const session = await this.accounts.findAuthSession(sessionHash);
      if (!session) return undefined;
      const cached = {
        runnerId: session.runner_id,
        credentialId: sessionHash,
        expiresAtMs: Date.parse(session.expires_at),
      };
      this.cache.credentials.set(sessionHash, cached);
    }
    return this.unexpired(sessionHash);
  }

  /**
   * The cookie's runner when this instance saw the session lately and it has not expired (no database);
   * undefined means "ask the database" (or: signed out, expired).
   */
  cachedRunnerForSession(sessionToken: string): { runnerId: string; sessionHash: string } | undefined {
    return this.unexpired(secretHash(sessionToken));
  }

  private unexpired(sessionHash: string): { runnerId: string; sessionHash: string } | undefined {
    const cached = this.cache.credentials.get(sessionHash);
    if (!cached || (cached.expiresAtMs ?? 0) <= this.clock().getTime()) return undefined;
    return { runnerId: cached.runnerId, sessionHash };
  }

  async account(runnerId: string): Promise<Account> {
    const runner = await this.accounts.findRunnerById(runnerId);
    if (!runner) throw new ServiceError('not-found', 'This account no longer exists.');
    return { id: runner.id, email: runner.email, name: runner.name, createdAt: runner.created_at };
  }

  /** Deletes the account and, through the foreign keys, every record of the runner. */
  async deleteAccount(runnerId: string): Promise<void> {
    await this.accounts.deleteRunner(runnerId);
    await this.cache.forgetCredentials(runnerId);
  }

  private async startSession(account: Account, device: string | undefined): Promise<SignedIn> {
    const sessionToken = newSecret();
    const now = this.clock();
    const expiresAt = new Date(now.getTime() + SESSION_DAYS * DAY_MS).toISOString();
    await this.accounts.createAuthSession(secretHash(sessionToken), account.id, now.toISOString(), expiresAt);
    const known =
      device?.startsWith(DEVICE_PREFIX) && device.length <= 100 ? device : newSecret(DEVICE_PREFIX);
    await this.accounts.rememberDevice(secretHash(known), account.id, now.toISOString());
    if (Math.random() < 0.01) await this.accounts.deleteExpiredAuthSessions(now.toISOString());
    return { account, sessionToken, expiresAt, device: known };
  }
}
