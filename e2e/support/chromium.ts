/**
 * Which Chromium the browser tests drive: Debian's at `/usr/bin/chromium` (or `CHROMIUM_PATH`) when it is
 * there, otherwise the one the npm package `@sparticuz/chromium` ships inside itself (unpacked once into the
 * temporary folder). No test tool ever downloads a browser.
 */
import { execFile } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

function answersVersion(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    execFile(path, ['--headless', '--no-sandbox', '--version'], { timeout: 60_000 }, (error) => {
      resolve(error === null);
    });
  });
}

/**
 * The packaged Chromium's path, unpacked if need be. An unpacked binary that does not start (a run stopped
 * mid-unpack) is removed and unpacked again.
 */
export async function packagedChromium(): Promise<string> {
  const { default: packaged } = await import('@sparticuz/chromium');
  const path = await packaged.executablePath();
  if (await answersVersion(path)) return path;
  rmSync(join(tmpdir(), 'chromium'), { force: true });
  const again = await packaged.executablePath();
  if (!(await answersVersion(again)))
    throw new Error(`the Chromium of @sparticuz/chromium at ${again} does not start`);
  return again;
}

/** The Chromium to launch: the one asked for when it exists, else the packaged one. */
export async function chromiumPath(): Promise<string> {
  const wanted = wantedChromium();
  return existsSync(wanted) ? wanted : packagedChromium();
}
