/** The server's settings, from the environment, checked once at start. */
import type { Level } from '../http/logger.js';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: Level;
  trustProxy: boolean;
  allowedOrigins: string[];
  /**
   * The origin runners reach speedwork at (`https://speedwork.example.org`), for the URLs it hands out (the
   * calendar feed) and the CSRF check; unset: taken from the request's `Host`.
   */
  publicUrl?: string | undefined;
}

export function readConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT=${env.PORT ?? ''} is not a port; accepted: 0 to 65535`);
  const logLevel = (env.LOG_LEVEL ?? 'info') as Level;
  if (!['debug', 'info', 'warn', 'error', 'silent'].includes(logLevel))
    throw new Error(`LOG_LEVEL=${logLevel}; accepted: debug, info, warn, error, silent`);
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl))
    throw new Error('DATABASE_URL must start with postgres:// (leave it unset for SQLite)');
  const publicUrl = readPublicUrl(env.PUBLIC_URL);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: env.DATA_DIR ?? 'data',
    databaseUrl,
    logLevel,
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    publicUrl,
  };
}

/** `PUBLIC_URL` as an origin (scheme, host and port; no path), or undefined when unset. */
function readPublicUrl(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.pathname !== '/' || url.search || url.hash)
    throw new Error(
      `PUBLIC_URL=${value} is not an origin; accepted: http(s)://host[:port], such as https://speedwork.example.org`,
    );
  return url.origin;
}
