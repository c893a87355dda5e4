/**
 * Which Chromium the browser tests drive: Debian's at `/usr/bin/chromium` (or `CHROMIUM_PATH`) when it is
 * there, otherwise the one the npm package `@sparticuz/chromium` ships inside itself (unpacked once into the
 * temporary folder). No test tool ever downloads a browser. The package is pinned to 153, whose `engines`
 * asks for Node 22 but which runs here on Node 20: 147, the newest that claims Node 20, reports
 * `navigator.onLine` true again after a reload while offline, and the offline test fails on it.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Chromium the browser tests launch (set by chromium.global-setup.ts). */
    chromiumPath: string;
  }
}

/** The Chromium asked for: `CHROMIUM_PATH`, else Debian's path. */
export function wantedChromium(): string {
  return process.env.CHROMIUM_PATH ?? DEBIAN_CHROMIUM;
}

/** What `chromium --version` prints ("Chromium 153.0.8010.0"), or null when it does not start. */
function versionOf(path: string): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(path, ['--headless', '--no-sandbox', '--version'], { timeout: 60_000 }, (error, stdout) => {
      resolve(error === null ? stdout.trim() : null);
    });
  });
}

/** The Chromium major version the installed @sparticuz/chromium ships (its own version's major). */
function packagedMajor(): string {
  const entry = createRequire(import.meta.url).resolve('@sparticuz/chromium'); // <package>/build/index.js
  const manifest = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version.split('.')[0] ?? '';
}

/**
 * The packaged Chromium's path, unpacked if need be. The package always unpacks to `<tmp>/chromium` and keeps
 * what is there: a binary that does not start (a run stopped mid-unpack) or of another version (another
 * checkout's package) is removed and unpacked again.
 */
export async function packagedChromium(): Promise<string> {
  const { default: packaged } = await import('@sparticuz/chromium');
  const expected = `Chromium ${packagedMajor()}.`;
  const path = await packaged.executablePath();
  if ((await versionOf(path))?.startsWith(expected)) return path;
  rmSync(join(tmpdir(), 'chromium'), { force: true });
  const again = await packaged.executablePath();
  const version = await versionOf(again);
  if (!version?.startsWith(expected)) {
    throw new Error(
      `the Chromium of @sparticuz/chromium at ${again} answers ${String(version)}, not ${expected}x`,
    );
  }
  return again;
}

/** The Chromium to launch: the one asked for when it exists, else the packaged one. */
export async function chromiumPath(): Promise<string> {
  const wanted = wantedChromium();
  return existsSync(wanted) ? wanted : packagedChromium();
}
