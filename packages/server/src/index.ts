/** @speedwork/server: the HTTP API and storage. */
export { createApp } from './http/app.js';
export type { AppOptions } from './http/app.js';
export { openStore } from './db/open-database.js';
export type { Store, StoreOptions } from './db/open-database.js';
export { createServices } from './services.js';
export type { Services } from './services.js';
export { startServer, VERSION } from './start-server.js';
export { readConfig } from './config/server-config.js';
export { createLogger } from './http/logger.js';
