/**
 * Builds the web app: React, lazy route chunks, a service worker that precaches the app shell and keeps
 * the last plan and today's session for reading offline, gzip/brotli twins of every text asset so the
 * server can send them precompressed, and the welcome page's sample plan planned here, so the page ships
 * its sessions rather than core's planner (src/welcome/sample-plan.ts).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { sampleDays } from './src/welcome/sample-week.js';

const OUT_DIR = fileURLToPath(new URL('./dist/', import.meta.url));
const COMPRESSIBLE = /\.(js|css|html|svg|webmanifest|json)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Writes `x.gz` and `x.br` beside every text file of the build, once everything else is written. */
function precompress(): Plugin {
  return {
    name: 'speedwork-precompress',
    apply: 'build',
    enforce: 'post',
    closeBundle: {
      order: 'post',
      handler() {
        for (const file of filesUnder(OUT_DIR).filter((f) => COMPRESSIBLE.test(f))) {
          const bytes = readFileSync(file);
          if (bytes.length < 1024) continue;
          writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
          writeFileSync(`${file}.br`, brotliCompressSync(bytes));
        }
      },
    },
  };
}

/** API reads the app may show offline: the plan, today, the session, the account and profile, races. */
const OFFLINE_READS = /\/api\/(plans\/current|today|me|me\/profile|races|sessions\/[^/?]+)(\?.*)?$/;

export default defineConfig(({ command }) => {
  // A build is for production whatever NODE_ENV the calling shell or test runner has set: React's
  // development build is several times larger and slower.
  if (command === 'build') process.env.NODE_ENV = 'production';
  return {
    build: { outDir: OUT_DIR, emptyOutDir: true, target: 'es2022', sourcemap: false },
    define: { __SPEEDWORK_SAMPLE__: JSON.stringify(sampleDays()) },
    server: { proxy: { '/api': 'http://localhost:8080' } },
    plugins: [
      react(),
      VitePWA({
        injectRegister: false,
        registerType: 'autoUpdate',
        includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
        manifest: {
          name: 'speedwork: speed training coach',
          short_name: 'speedwork',
          description: 'Strength, intervals and technique, paced for you, day by day to your goal race.',
          lang: 'en',
          start_url: '/today',
          scope: '/',
          display: 'standalone',
          orientation: 'portrait',
          theme_color: '#0f172a',
          background_color: '#0f172a',
          icons: [
            { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
            { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
            { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
            { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
          ],
        },
        workbox: {
          globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
          navigateFallback: '/index.html',
          navigateFallbackDenylist: [/^\/api\//],
          cleanupOutdatedCaches: true,
          clientsClaim: true,
          skipWaiting: true,
          runtimeCaching: [
            {
              urlPattern: OFFLINE_READS,
              handler: 'NetworkFirst',
              method: 'GET',
              options: {
                cacheName: 'speedwork-api',
                networkTimeoutSeconds: 6,
                cacheableResponse: { statuses: [200] },
                expiration: { maxEntries: 200 },
              },
            },
          ],
        },
      }),
      precompress(),
    ],
  };
});
