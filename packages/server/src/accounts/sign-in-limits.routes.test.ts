// Issue 11, finding 7 (sign-in limits) and item 10 (limits shared by every instance on one database): the
// OWASP way. Only wrong passwords count; per account the waits grow but never hold a browser that signed in
// to the account before; per address the right-most X-Forwarded-For entry behind a proxy; sign-up per address.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  configuredApp,
  configuredApps,
  cookieValue,
  movableClock,
} from '../testing/configured-app.test-support.js';
import { STORE_KINDS, TestClient } from '../testing/test-app.test-support.js';
import type { StoreKind, TestApp } from '../testing/test-app.test-support.js';

const PASSWORD = 'correct horse battery';
const email = (): string => `runner-${randomBytes(4).toString('hex')}@example.com`;
const addr = (n: number): string => `198.51.100.${n}`;

/** One sign-in attempt from a browser with no cookies (or only `cookie`), from `address` as our proxy saw it. */
async function login(
  app: TestApp['app'],
  who: string,
  password: string,
  address: string,
  cookie?: string,
  forwardedBefore = '',
): Promise<{ status: number; retryAfter: number; headers: Headers }> {
  const reply = await new TestClient(app).call(
    'POST',
    '/api/auth/login',
    { email: who, password },
    {
      'x-forwarded-for': forwardedBefore ? `${forwardedBefore}, ${address}` : address,
      ...(cookie ? { cookie } : {}),
    },
  );
  return {
    status: reply.status,
    retryAfter: Number(reply.headers.get('retry-after') ?? 0),
    headers: reply.headers,
  };
}

/** Signs up from `address`; returns the email and this browser's device cookie. */
async function signUp(app: TestApp['app'], address: string): Promise<{ email: string; device: string }> {
  const who = email();
  const reply = await new TestClient(app).call(
    'POST',
    '/api/auth/signup',
    { email: who, password: PASSWORD, name: 'Owner' },
    { 'x-forwarded-for': address },
  );
  expect(reply.status).toBe(201);
  const device = cookieValue(reply.headers, 'sw_device');
  if (!device) throw new Error('no device cookie');
  return { email: who, device: `sw_device=${device}` };
}

describe.each(STORE_KINDS)('issue 11 finding 7: sign-in limits on %s', (kind: StoreKind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await configuredApp(kind, { trustProxy: true });
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('behind TRUST_PROXY an address is the right-most X-Forwarded-For entry: rotating the ones a client writes gains nothing (XFF)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 45; i++)
      statuses.push(
        (await login(t.app, email(), 'wrong password', addr(1), undefined, `10.0.${i}.1`)).status,
      );
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(30).every((s) => s === 429)).toBe(true);
  });

  it('an address counts failures only: a club behind one NAT signs in every member, and 29 wrong guesses there block none', async () => {
    const members = await Promise.all(
      Array.from({ length: 35 }, async () => {
        const who = email();
        await t.services.accounts.signup(who, PASSWORD, 'Member');
        return who;
      }),
    );
    for (const member of members.slice(0, 29))
      expect((await login(t.app, member, 'wrong', addr(2))).status).toBe(401);
    const statuses: number[] = [];
    for (const member of members) statuses.push((await login(t.app, member, PASSWORD, addr(2))).status);
    expect(statuses).toEqual(members.map(() => 200));
  });

  it("ten and more wrong guesses from anywhere never lock the owner out of a browser that signed in before; a stranger's right guess is refused too (lock-out)", async () => {
    const owner = await signUp(t.app, addr(3));
    const guesses: number[] = [];
    for (let i = 0; i < 15; i++)
      guesses.push((await login(t.app, owner.email, `guess ${i}`, addr(100 + i))).status);
    expect(guesses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(guesses.slice(5).every((s) => s === 429)).toBe(true);
    // A blocked attempt is answered without looking at the password: the right one tells a stranger nothing.
    const stranger = await login(t.app, owner.email, PASSWORD, addr(200));
    expect(stranger.status).toBe(429);
    expect(stranger.retryAfter).toBeGreaterThan(0);
    const back = await login(t.app, owner.email, PASSWORD, addr(3), owner.device);
    expect(back.status).toBe(200);
    // The owner's own typo counts against their browser alone, and the next try gets in.
    expect((await login(t.app, owner.email, 'typo', addr(3), owner.device)).status).toBe(401);
    expect((await login(t.app, owner.email, PASSWORD, addr(3), owner.device)).status).toBe(200);
    // Another account's browser is a stranger to this one.
    const other = await signUp(t.app, addr(4));
    expect((await login(t.app, owner.email, PASSWORD, addr(4), other.device)).status).toBe(429);
  });

  it('a browser that guesses wrong too often is no longer trusted: it waits like any other', async () => {
    const owner = await signUp(t.app, addr(5));
    for (let i = 0; i < 6; i++) await login(t.app, owner.email, `stranger ${i}`, addr(150 + i));
    for (let i = 0; i < 11; i++) await login(t.app, owner.email, `thief ${i}`, addr(5), owner.device);
    expect((await login(t.app, owner.email, PASSWORD, addr(5), owner.device)).status).toBe(429);
  });

  it('sign-up: every attempt counts per address, 20 an hour, then 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++)
      statuses.push(
        (
          await new TestClient(t.app).call(
            'POST',
            '/api/auth/signup',
            { email: email(), password: PASSWORD, name: 'Mass' },
            { 'x-forwarded-for': `10.9.9.9, ${addr(6)}` },
          )
        ).status,
      );
    expect(statuses.slice(0, 20).every((s) => s === 201)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
  });
});

describe.each(STORE_KINDS)('issue 11 finding 7: waits that grow and end, on %s', (kind: StoreKind) => {
  it('from the fifth wrong guess on each blocks the account longer (1 s, 2 s, 4 s); a sign-in from elsewhere ends the count', async () => {
    const clock = movableClock();
    const t = await configuredApp(kind, { trustProxy: true }, clock.now);
    try {
      const owner = await signUp(t.app, addr(7));
      for (let i = 0; i < 5; i++)
        expect((await login(t.app, owner.email, `w${i}`, addr(20 + i))).status).toBe(401);
      const waits: number[] = [];
      for (let i = 0; i < 3; i++) {
        const refused = await login(t.app, owner.email, `y${i}`, addr(40 + i));
        expect(refused.status).toBe(429);
        waits.push(refused.retryAfter);
        clock.advanceMs(refused.retryAfter * 1000);
        if (i < 2) expect((await login(t.app, owner.email, `x${i}`, addr(30 + i))).status).toBe(401);
      }
      expect(waits).toEqual([1, 2, 4]);
      expect((await login(t.app, owner.email, PASSWORD, addr(50))).status).toBe(200);
      for (let i = 0; i < 5; i++)
        expect((await login(t.app, owner.email, `z${i}`, addr(60 + i))).status).toBe(401);
    } finally {
      await t.dispose();
    }
  });

  it('without TRUST_PROXY the address is the socket peer, whatever X-Forwarded-For says', async () => {
    const t = await configuredApp(kind, {});
    try {
      // What the Node adapter hands the app: the socket, with the peer's address.
      const peer = { incoming: { socket: { remoteAddress: '192.0.2.1' } } };
      const statuses: number[] = [];
      for (let i = 0; i < 32; i++) {
        const response = await t.app.request(
          'http://localhost/api/auth/login',
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.1.${i}.1` },
            body: JSON.stringify({ email: email(), password: 'wrong password' }),
          },
          peer,
        );
        statuses.push(response.status);
      }
      expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
      expect(statuses.slice(30)).toEqual([429, 429]);
    } finally {
      await t.dispose();
    }
  });
});

describe.each(STORE_KINDS)(
  'issue 11 item 10: rate limits shared through the database on %s',
  (kind: StoreKind) => {
    it('guesses spread over two instances count once: the account and the address are blocked on both', async () => {
      const both = await configuredApps(kind, { trustProxy: true }, 2);
      const [a, b] = both.apps;
      if (!a || !b) throw new Error('two apps');
      try {
        const owner = await signUp(a, addr(8));
        const statuses: number[] = [];
        for (let i = 0; i < 8; i++)
          statuses.push((await login(i % 2 ? b : a, owner.email, `g${i}`, addr(70 + i))).status);
        expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
        const perAddress: number[] = [];
        for (let i = 0; i < 32; i++)
          perAddress.push((await login(i % 2 ? b : a, email(), 'wrong', addr(9))).status);
        expect(perAddress.slice(0, 30).every((s) => s === 401)).toBe(true);
        expect(perAddress.slice(30)).toEqual([429, 429]);
        // The owner's browser passes on either instance.
        expect((await login(b, owner.email, PASSWORD, addr(8), owner.device)).status).toBe(200);
      } finally {
        await both.dispose();
      }
    });
  },
);
