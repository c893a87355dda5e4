/** Random bearer secrets (session cookies, access tokens) and the hashes the database keeps instead. */
import { hash, randomBytes } from 'node:crypto';

export function newSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** One-shot hashing: a third of createHash's time, and every authenticated request pays it. */
export function secretHash(secret: string): string {
  return hash('sha256', secret, 'hex');
}
