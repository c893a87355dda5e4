// Issue 11, finding 9: ten spaces or the email itself were accepted as passwords; there was no password
// change, no "sign out everywhere", and tokens never expired.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configuredApp, movableClock } from '../testing/configured-app.test-support.js';
import { STORE_KINDS, TestClient, testApp } from '../testing/test-app.test-support.js';
import type { TestApp } from '../testing/test-app.test-support.js';
import { passwordProblem } from './password-rules.js';

type Problem = { field: string; reason: string; message: string };
const PASSWORD = 'correct horse battery';
const email = (): string => `runner-${randomBytes(4).toString('hex')}@example.com`;

describe('passwordProblem (NIST SP 800-63B)', () => {
  const context = { email: 'ana.lima@example.com', name: 'Ana Lima' };
  it.each([
    ['          ', 'repeated'],
    ['aaaaaaaaaaaa', 'repeated'],
    [' \t \t \t \t \t', 'blank'],
    ['ana.lima@example.com', 'personal'],
    ['ANA.LIMA@example.com', 'personal'],
    ['ana.lima2026!', 'personal'],
    ['Ana Lima 1990', 'personal'],
    ['1234567890', 'common'],
    ['abcdefghijk', 'sequence'],
    ['zyxwvutsrqp', 'sequence'],
    ['password123', 'common'],
    ['Qwertyuiop', 'common'],
    ['🏃🏃🏃🏃🏃', 'too-short'],
    ['short one', 'too-short'],
  ])('refuses %j (%s)', (password, reason) => {
    expect(passwordProblem(password, context)?.reason).toBe(reason);
  });
  it.each([PASSWORD, 'limas run far', '🏃 to the track 🏃', 'Tr4ck-Tuesday', 'aaaaaaaaab'])(
    'accepts %j',
    (password) => {
      expect(passwordProblem(password, context)).toBeUndefined();
    },
  );
});

describe.each(STORE_KINDS)('issue 11 finding 9: accounts on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(kind);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('sign-up refuses ten spaces and the email itself as passwords, naming the rules', async () => {
    for (const [password, reason] of [
      ['          ', 'repeated'],
      ['walker@example.com', 'personal'],
    ] as const) {
      const reply = await new TestClient(t.app).call<{
        error: { fields: (Problem & { accepted: string })[] };
      }>('POST', '/api/auth/signup', { email: 'walker@example.com', password, name: 'Walker' });
      expect(reply.status).toBe(400);
      expect(reply.body.error.fields).toMatchObject([{ field: 'password', reason }]);
      expect(reply.body.error.fields[0]?.accepted).toContain('At least 10 characters');
    }
    expect(
      (
        await new TestClient(t.app).call('POST', '/api/auth/login', {
          email: 'walker@example.com',
          password: '          ',
        })
      ).status,
    ).toBe(401);
  });

  it('changes the password with the current one: other sessions end, this one stays, tokens work on', async () => {
    const me = new TestClient(t.app);
    const who = await me.signup();
    const phone = new TestClient(t.app);
    expect((await phone.call('POST', '/api/auth/login', { email: who, password: PASSWORD })).status).toBe(
      200,
    );
    const token = await me.call<{ token: string }>('POST', '/api/tokens', { name: 'cli' });
    const wrong = await me.call<{ error: { fields: Problem[] } }>('PUT', '/api/me/password', {
      currentPassword: 'not my password',
      newPassword: 'a new long passphrase',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toMatchObject([{ field: 'currentPassword', reason: 'wrong-password' }]);
    const weak = await me.call<{ error: { fields: Problem[] } }>('PUT', '/api/me/password', {
      currentPassword: PASSWORD,
      newPassword: who,
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.fields).toMatchObject([{ field: 'newPassword', reason: 'personal' }]);
    expect(
      (
        await me.call('PUT', '/api/me/password', {
          currentPassword: PASSWORD,
          newPassword: 'a new long passphrase',
        })
      ).status,
    ).toBe(204);
    expect((await me.call('GET', '/api/me')).status).toBe(200);
    expect((await phone.call('GET', '/api/me')).status).toBe(401);
    const cli = new TestClient(t.app);
    cli.bearer = token.body.token;
    expect((await cli.call('GET', '/api/me')).status).toBe(200);
    const login = (password: string) =>
      new TestClient(t.app).call('POST', '/api/auth/login', { email: who, password });
    expect((await login(PASSWORD)).status).toBe(401);
    expect((await login('a new long passphrase')).status).toBe(200);
  });

  it('guesses at the current password count as sign-in guesses', async () => {
    const me = new TestClient(t.app);
    await me.signup();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push(
        (
          await me.call('PUT', '/api/me/password', {
            currentPassword: `guess ${i}`,
            newPassword: 'a new long passphrase',
          })
        ).status,
      );
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
  });

  it('signs out everywhere: every session of the account ends, this one too; tokens stay', async () => {
    const me = new TestClient(t.app);
    const who = await me.signup();
    const laptop = new TestClient(t.app);
    await laptop.call('POST', '/api/auth/login', { email: who, password: PASSWORD });
    const token = await me.call<{ token: string }>('POST', '/api/tokens', { name: 'cli' });
    const other = new TestClient(t.app);
    await other.signup();
    expect((await laptop.call('GET', '/api/me')).status).toBe(200);
    const out = await me.call('POST', '/api/auth/logout-everywhere');
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/sw_session=;/);
    expect((await me.call('GET', '/api/me')).status).toBe(401);
    expect((await laptop.call('GET', '/api/me')).status).toBe(401);
    expect((await other.call('GET', '/api/me')).status).toBe(200);
    const cli = new TestClient(t.app);
    cli.bearer = token.body.token;
    expect((await cli.call('GET', '/api/me')).status).toBe(200);
  });

  it('the OpenAPI document describes the new routes', async () => {
    const doc = await new TestClient(t.app).call<{
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, unknown> };
    }>('GET', '/api/openapi.json');
    expect(Object.keys(doc.body.paths['/api/me/password'] ?? {})).toEqual(['put']);
    expect(Object.keys(doc.body.paths['/api/auth/logout-everywhere'] ?? {})).toEqual(['post']);
    expect(JSON.stringify(doc.body.components.schemas.AccessTokenInput)).toContain('expiresInDays');
    expect(JSON.stringify(doc.body.components.schemas.AccessToken)).toContain('expiresAt');
  });
});

describe.each(STORE_KINDS)('issue 11 finding 9: token expiry on %s', (kind) => {
  it('a token may expire after the days chosen (default never); the list shows when, and it stops working then', async () => {
    const clock = movableClock();
    const t = await configuredApp(kind, {}, clock.now);
    try {
      const me = new TestClient(t.app);
      await me.signup(email());
      const forever = await me.call<{ token: string; expiresAt: string | null }>('POST', '/api/tokens', {
        name: 'forever',
      });
      expect(forever.body.expiresAt).toBeNull();
      const month = await me.call<{ id: string; token: string; expiresAt: string }>('POST', '/api/tokens', {
        name: 'a month',
        expiresInDays: 30,
      });
      expect(month.status).toBe(201);
      expect(month.body.expiresAt).toBe(new Date(clock.now().getTime() + 30 * 86_400_000).toISOString());
      const list = await me.call<{ name: string; expiresAt: string | null }[]>('GET', '/api/tokens');
      expect(list.body.map((x) => [x.name, x.expiresAt])).toEqual([
        ['forever', null],
        ['a month', month.body.expiresAt],
      ]);
      expect((await me.call('POST', '/api/tokens', { name: 'x', expiresInDays: 0 })).status).toBe(400);
      const cli = new TestClient(t.app);
      cli.bearer = month.body.token;
      expect((await cli.call('GET', '/api/me')).status).toBe(200);
      clock.advanceMs(30 * 86_400_000 - 1000);
      expect((await cli.call('GET', '/api/me')).status).toBe(200);
      clock.advanceMs(1000);
      // Cached a moment ago, and still refused: the cache knows the expiry too.
      expect((await cli.call('GET', '/api/me')).status).toBe(401);
      const lasting = new TestClient(t.app);
      lasting.bearer = forever.body.token;
      expect((await lasting.call('GET', '/api/me')).status).toBe(200);
    } finally {
      await t.dispose();
    }
  });
});
