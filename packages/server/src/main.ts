#!/usr/bin/env node
/** `npm start`: speedwork on PORT (8080), SQLite in DATA_DIR (./data), or PostgreSQL with DATABASE_URL. */
import { readConfig } from './config/server-config.js';
import { startServer } from './start-server.js';
import { serveWebApp } from './web/serve-web-app.js';

try {
  const server = await startServer(readConfig(process.env), { extend: serveWebApp });
  console.log(`speedwork is running at ${server.url}`);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      void server.stop().then(() => process.exit(0));
    });
  }
} catch (error) {
  console.error(`speedwork could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
