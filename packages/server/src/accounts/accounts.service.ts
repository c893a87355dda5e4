/** Sign-up, login, logout and account deletion. Knows no HTTP: it returns values or throws ServiceError. */
import { randomUUID } from 'node:crypto';
import type { RunnerCache } from '../cache/runner-cache.js';
import { ServiceError } from '../service-error.js';
import type { Clock } from '../config/clock.js';
import type { AccountsRepository } from './accounts.repository.js';
import { DECOY_HASH, hashPassword, verifyPassword } from './password.js';
import { RateLimiter } from './rate-limiter.js';
import { newSecret, secretHash } from './secret-token.js';

export const SESSION_DAYS = 30;
const DAY_MS = 86_400_000;

export interface Account {
  id: string;
  email: string;
  name: string;
  createdAt: string;
}

export interface SignedIn {
  account: Account;
  /** The cookie value; only its hash is stored. */
  sessionToken: string;
  expiresAt: string;
}

export class AccountsService {
  /** Ten wrong guesses per email and thirty per address in 15 minutes. */
  private readonly perEmail = new RateLimiter(10, 15 * 60_000);
  private readonly perAddress = new RateLimiter(30, 15 * 60_000);

  constructor(
    private readonly accounts: AccountsRepository,
    private readonly clock: Clock,
    private readonly cache: RunnerCache,
  ) {}

  async signup(email: string, password: string, name: string): Promise<SignedIn> {
    const normalized = email.trim().toLowerCase();
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
    return this.startSession({
      id: runner.id,
      email: runner.email,
      name: runner.name,
      createdAt: runner.created_at,
    });
  }

  async login(email: string, password: string, address: string): Promise<SignedIn> {
    const normalized = email.trim().toLowerCase();
    const waitS = this.perAddress.hit(address) ?? this.perEmail.hit(normalized);
    if (waitS !== undefined) {
      throw new ServiceError(
        'rate-limited',
        `Too many sign-in attempts; try again in ${Math.ceil(waitS / 60)} min.`,
        [],
        waitS,
      );
    }
    const runner = await this.accounts.findRunnerByEmail(normalized);
    const ok = await verifyPassword(password, runner?.password_hash ?? DECOY_HASH);
    if (!runner || !ok) throw new ServiceError('bad-credentials', 'Email or password is wrong.');
    this.perEmail.reset(normalized);
    return this.startSession({
      id: runner.id,
      email: runner.email,
      name: runner.name,
      createdAt: runner.created_at,
    });
  }

  async logout(sessionHash: string): Promise<void> {
    await this.accounts.deleteAuthSession(sessionHash);
    this.cache.credentials.delete(sessionHash);
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
        expiresAt: session.expires_at,
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
    if (!cached || (cached.expiresAt ?? '') <= this.clock().toISOString()) return undefined;
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
    this.cache.forgetRunner(runnerId);
  }

  private async startSession(account: Account): Promise<SignedIn> {
    const sessionToken = newSecret();
    const now = this.clock();
    const expiresAt = new Date(now.getTime() + SESSION_DAYS * DAY_MS).toISOString();
    await this.accounts.createAuthSession(secretHash(sessionToken), account.id, now.toISOString(), expiresAt);
    if (Math.random() < 0.01) await this.accounts.deleteExpiredAuthSessions(now.toISOString());
    return { account, sessionToken, expiresAt };
  }
}
