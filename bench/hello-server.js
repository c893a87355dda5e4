// The baseline for server benchmarks: a bare hello-world route on the same framework and adapter
// (Hono on @hono/node-server) that speedwork's API uses, in its own process like the real server.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.get('/hello', (c) => c.json({ hello: 'world' }));
// The same framework answering a constant JSON body as large as a today response: the cost of the bytes alone.
const sized = JSON.stringify({ padding: 'x'.repeat(Number(process.env.BODY_BYTES ?? 1500)) });
app.get('/sized', (c) => c.body(sized, 200, { 'content-type': 'application/json' }));
const server = serve(
  { fetch: app.fetch, port: Number(process.env.PORT ?? 0), hostname: '127.0.0.1' },
  (info) => {
    console.log(`speedwork is running at http://127.0.0.1:${info.port}`);
  },
);
process.once('SIGTERM', () => server.close(() => process.exit(0)));
