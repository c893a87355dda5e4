/**
 * Personal access tokens for the CLI and integrations: shown once, stored as a hash, revocable, and expiring
 * after a chosen number of days if the runner wants (default: never).
 */
import { randomUUID } from 'node:crypto';
import type { Clock } from '../config/clock.js';
import { newSecret, secretHash } from '../accounts/secret-token.js';
import type { RunnerCache } from '../cache/runner-cache.js';
import { ServiceError } from '../service-error.js';
import type { TokensRepository } from './tokens.repository.js';

export const TOKEN_PREFIX = 'swp_';
const DAY_MS = 86_400_000;

export interface TokenInfo {
  id: string;
  name: string;
  createdAt: string;
  revokedAt: string | null;
  /** When it stops working by itself; null: never. */
  expiresAt: string | null;
}

export class TokensService {
  constructor(
    private readonly tokens: TokensRepository,
    private readonly clock: Clock,
    private readonly cache: RunnerCache,
  ) {}

  async create(
    runnerId: string,
    name: string,
    expiresInDays?: number | null,
  ): Promise<TokenInfo & { token: string }> {
    const token = newSecret(TOKEN_PREFIX);
    const now = this.clock();
    const row = {
      id: randomUUID(),
      runner_id: runnerId,
      name,
      token_hash: secretHash(token),
      created_at: now.toISOString(),
      last_used_at: null,
      revoked_at: null,
      expires_at: expiresInDays ? new Date(now.getTime() + expiresInDays * DAY_MS).toISOString() : null,
    };
    await this.tokens.create(row);
    return {
      id: row.id,
      name,
      createdAt: row.created_at,
      revokedAt: null,
      expiresAt: row.expires_at,
      token,
    };
  }

  async list(runnerId: string): Promise<TokenInfo[]> {
    return (await this.tokens.list(runnerId)).map((t) => ({
      id: t.id,
      name: t.name,
      createdAt: t.created_at,
      revokedAt: t.revoked_at,
      expiresAt: t.expires_at,
    }));
  }

  async revoke(runnerId: string, id: string): Promise<void> {
    if (!(await this.tokens.revoke(runnerId, id, this.clock().toISOString()))) {
      throw new ServiceError('not-found', 'No such token.');
    }
    // Every instance forgets the runner's cached credentials before this answers (the change feed).
    await this.cache.forgetCredentials(runnerId);
  }

  async runnerForToken(token: string): Promise<{ runnerId: string; tokenId: string } | undefined> {
    if (!token.startsWith(TOKEN_PREFIX)) return undefined;
    const hash = secretHash(token);
    const known = this.cached(hash);
    if (known) return known;
    const found = await this.tokens.findActiveByHash(hash, this.clock().toISOString());
    if (!found) return undefined;
    this.cache.credentials.set(hash, {
      runnerId: found.runner_id,
      credentialId: found.id,
      ...(found.expires_at === null ? {} : { expiresAtMs: Date.parse(found.expires_at) }),
    });
    return { runnerId: found.runner_id, tokenId: found.id };
  }

  /** The token's runner when this instance saw the token lately (no database); undefined means "ask it". */
  cachedRunnerForToken(token: string): { runnerId: string; tokenId: string } | undefined {
    return token.startsWith(TOKEN_PREFIX) ? this.cached(secretHash(token)) : undefined;
  }

  private cached(hash: string): { runnerId: string; tokenId: string } | undefined {
    const cached = this.cache.credentials.get(hash);
    if (!cached || (cached.expiresAtMs !== undefined && cached.expiresAtMs <= this.clock().getTime()))
      return undefined;
    return { runnerId: cached.runnerId, tokenId: cached.credentialId };
  }
}
