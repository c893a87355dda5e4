// The club data set, on PostgreSQL or SQLite: 10,000 runners, each with a 52-week plan (real plan JSON from
// core, stored as the server stores it: the session's key in `session_key`, no `id` inside `session_json`)
// that started 26 weeks before the data was made, and a log for every session before that day. Generated
// once with the server's own migrations and kept (PostgreSQL database `speedwork_club`, SQLite file under
// the temp folder); rebuilt when the plans have run out or with CLUB_REGENERATE=1.
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePlan, parseProfile } from '@speedwork/core';
import { openStore } from '@speedwork/server';
import { sql } from 'kysely';
import pg from 'pg';

export const RUNNERS = 10_000;
export const PG_URL = process.env.CLUB_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/speedwork_club';
export const SQLITE_DIR = process.env.CLUB_SQLITE_DIR ?? join(tmpdir(), 'speedwork-club-sqlite');
/** Every runner's bearer token: `swp_bench_<n>`, n from 1 to RUNNERS. */
export const token = (n) => `swp_bench_${n}`;
/** Session row ids are `p<n>-<position>`; the template gives each position's date and session. */
export const sessionId = (n, position) => `p${n}-${position}`;

const dayMs = 86_400_000;
const isoDate = (ms) => new Date(ms).toISOString().slice(0, 10);

/** The plan every runner has: a 10K runner on 4 days, 30 km a week now, started `start`. */
export function clubPlan(start) {
  const profile = parseProfile({
    recent: { distance: '10k', time: '48:00' },
    start,
    weeks: 52,
    days: ['mon', 'wed', 'fri', 'sat'],
    level: 'intermediate',
    current: { weeklyDistanceM: 30_000, longestRunM: 12_000 },
  });
  if (!profile.ok) throw new Error('bad club profile');
  return generatePlan(profile.value);
}

/** Opens (and if needed builds) the club on 'postgres' or 'sqlite'; returns the server's env and the plan. */
export async function ensureClub(kind) {
  if (kind === 'postgres') await ensurePgDatabase();
  else if (process.env.CLUB_REGENERATE) rmSync(SQLITE_DIR, { recursive: true, force: true });
  const env = kind === 'postgres' ? { DATABASE_URL: PG_URL } : { DATA_DIR: SQLITE_DIR };
  const store = await openStore(kind === 'postgres' ? { databaseUrl: PG_URL } : { dataDir: SQLITE_DIR });
  try {
    const first = await store.db
      .selectFrom('plans')
      .select(['created_at'])
      .where('id', '=', 'p1')
      .executeTakeFirst();
    const today = isoDate(Date.now());
    if (first) {
      const plan = clubPlan(first.created_at.slice(0, 10));
      // Keep the data while at least 8 weeks of every plan are still ahead.
      if (plan.sessions.at(-1).date > isoDate(Date.now() + 56 * dayMs)) return { env, plan, today };
      console.log('club plans have run out: regenerating');
      await store.close();
      if (kind === 'postgres') await ensurePgDatabase(true);
      else rmSync(SQLITE_DIR, { recursive: true, force: true });
      return ensureClub(kind);
    }
    return { env, plan: await generate(store.db, kind), today };
  } finally {
    await store.close().catch(() => {});
  }
}

async function ensurePgDatabase(drop = Boolean(process.env.CLUB_REGENERATE)) {
  const admin = new pg.Client({ connectionString: PG_URL.replace(/\/[^/]*$/, '/postgres') });
  await admin.connect();
  const name = new URL(PG_URL).pathname.slice(1);
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount > 0;
  if (exists && drop) await admin.query(`drop database ${name}`);
  if (!exists || drop) await admin.query(`create database ${name}`);
  await admin.end();
}

async function generate(db, kind) {
  const t0 = performance.now();
  // The Monday 26 weeks before today: half the plan is behind every runner, half ahead.
  const now = Date.parse(`${isoDate(Date.now())}T00:00:00Z`);
  const monday = now - ((new Date(now).getUTCDay() + 6) % 7) * dayMs;
  const start = isoDate(monday - 26 * 7 * dayMs);
  const today = isoDate(now);
  const plan = clubPlan(start);
  const { sessions, ...header } = plan;
  const created = `${start}T00:00:00Z`;
  const numbers = Array.from({ length: RUNNERS }, (_, i) => i + 1);
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < RUNNERS; i += 500) {
      const batch = numbers.slice(i, i + 500);
      await trx
        .insertInto('runners')
        .values(
          batch.map((n) => ({
            id: `r${n}`,
            email: `runner${n}@club.example`,
            name: `Runner ${n}`,
            password_hash: 'scrypt$16384$8$1$x$y',
            created_at: created,
          })),
        )
        .execute();
      await trx
        .insertInto('access_tokens')
        .values(
          batch.map((n) => ({
            id: `t${n}`,
            runner_id: `r${n}`,
            name: 'bench',
            token_hash: createHash('sha256').update(token(n)).digest('hex'),
            created_at: created,
            last_used_at: null,
            revoked_at: null,
          })),
        )
        .execute();
      await trx
        .insertInto('plans')
        .values(
          batch.map((n) => ({
            id: `p${n}`,
            runner_id: `r${n}`,
            created_at: created,
            is_current: 1,
            plan_json: JSON.stringify(header),
            revision: 1,
            version: 1,
          })),
        )
        .execute();
      // Revision 1 of each plan; its record of every session (as the server writes it) is left out: it is
      // written once and never read on the paths measured here.
      await trx
        .insertInto('plan_revisions')
        .values(
          batch.map((n) => ({
            plan_id: `p${n}`,
            number: 1,
            runner_id: `r${n}`,
            created_at: created,
            reason: 'generated',
            changes_json: '[]',
            diff_json: '{"sessions":[],"removed":[]}',
          })),
        )
        .execute();
    }
    // The rest by SQL both dialects share: a numbers table crossed with the plan's sessions.
    await sql`create temp table club_numbers (n integer)`.execute(trx);
    await sql`create temp table club_template (position integer, session_key text, date text, session_json text)`.execute(
      trx,
    );
    for (let i = 0; i < RUNNERS; i += 500)
      await sql`insert into club_numbers values ${sql.join(numbers.slice(i, i + 500).map((n) => sql`(${n})`))}`.execute(
        trx,
      );
    for (const [position, { id, ...rest }] of sessions.entries())
      await sql`insert into club_template values (${position}, ${id}, ${rest.date}, ${JSON.stringify(rest)})`.execute(
        trx,
      );
    await sql`insert into sessions (id, plan_id, runner_id, date, position, session_key, session_json)
      select 'p' || n || '-' || t.position, 'p' || n, 'r' || n, t.date, t.position, t.session_key, t.session_json
      from club_numbers cross join club_template t`.execute(trx);
    // Past sessions are logged: most done at a moderate effort, every 10th skipped, every 7th partly done.
    const status = sql`case when s.position % 10 = 3 then 'skipped' when s.position % 7 = 2 then 'partial' else 'done' end`;
    const logJson = sql`'{"status":"' || ${status} || '","rpe":6,"notes":"bench","revision":1,"updatedAt":"' || s.date || 'T20:00:00Z"}'`;
    await sql`insert into logs (session_id, runner_id, status, revision, log_json, updated_at)
      select s.id, s.runner_id, ${status}, 1, ${logJson}, s.date || 'T20:00:00Z'
      from sessions s where s.date < ${today}`.execute(trx);
    await sql`insert into log_revisions (session_id, revision, runner_id, log_json, created_at)
      select session_id, 1, runner_id, log_json, updated_at from logs`.execute(trx);
  });
  await sql`analyze`.execute(db);
  const logs = await db
    .selectFrom('logs')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  console.log(
    `club on ${kind} generated: ${RUNNERS} runners, ${RUNNERS * sessions.length} sessions, ${logs.n} logs ` +
      `(+ as many revisions), plans from ${start}, in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
  );
  return plan;
}
