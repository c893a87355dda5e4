// The floor for the log-write benchmark: the server's own log write (its repositories, its store, the same
// framework as hello-server.js) with nothing else: no auth lookup, no body checks, no adaptation. What a
// durable write of one log costs on this machine and store, measured in the same minutes as the real PUT.
// Club runners only: the bearer token `swp_bench_<n>` names runner `r<n>` (bench/club-data.js).
import { serve } from '@hono/node-server';
import { openStore } from '@speedwork/server';
import { Hono } from 'hono';
import { LogsRepository } from '../packages/server/dist/logs/logs.repository.js';
import { PlansRepository } from '../packages/server/dist/plans/plans.repository.js';

const store = await openStore(
  process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : { dataDir: process.env.DATA_DIR },
);
const app = new Hono();
app.put('/api/sessions/:id/log', async (c) => {
  const runnerId = `r${(c.req.header('authorization') ?? '').replace('Bearer swp_bench_', '')}`;
  const sessionId = c.req.param('id');
  const body = await c.req.json();
  const stored = await store.db.transaction().execute(async (trx) => {
    await new PlansRepository(trx).countChange(runnerId, sessionId);
    return new LogsRepository(trx).put(
      runnerId,
      sessionId,
      JSON.stringify(body),
      body.status,
      new Date().toISOString(),
    );
  });
  return stored ? c.json({ log: JSON.parse(stored.logJson) }) : c.json({ error: 'not-found' }, 404);
});
const server = serve(
  { fetch: app.fetch, port: Number(process.env.PORT ?? 0), hostname: '127.0.0.1' },
  (info) => console.log(`speedwork is running at http://127.0.0.1:${info.port}`),
);
process.once('SIGTERM', () => server.close(() => store.close().then(() => process.exit(0))));
