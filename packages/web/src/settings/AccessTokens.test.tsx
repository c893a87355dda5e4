// @vitest-environment happy-dom
// Issue 11, finding 9: tokens may expire, and the list says when; a new one is shown once, with its expiry.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TokenInfo } from '@speedwork/server/api-types';
import { clearResources } from '../api/resources.js';
import { AccessTokens, tokenStatus } from './AccessTokens.js';

afterEach(() => {
  cleanup();
  clearResources();
  vi.unstubAllGlobals();
});

const token = (over: Partial<TokenInfo>): TokenInfo => ({
  id: 't1',
  name: 'laptop CLI',
  createdAt: '2026-12-01T10:00:00.000Z',
  revokedAt: null,
  expiresAt: null,
  ...over,
});

describe('tokenStatus', () => {
  const now = new Date('2026-12-09T07:00:00Z');
  it('says when a token expires, that it never does, or that it expired or was revoked', () => {
    expect(tokenStatus(token({}), now)).toEqual({ words: 'Never expires', active: true });
    expect(tokenStatus(token({ expiresAt: '2027-01-08T07:00:00.000Z' }), now).words).toMatch(
      /^Expires .*2027/,
    );
    expect(tokenStatus(token({ expiresAt: '2026-12-08T07:00:00.000Z' }), now)).toMatchObject({
      active: false,
    });
    expect(tokenStatus(token({ expiresAt: '2026-12-08T07:00:00.000Z' }), now).words).toMatch(/^Expired /);
    expect(tokenStatus(token({ revokedAt: '2026-12-05T07:00:00.000Z' }), now).words).toMatch(/^Revoked /);
  });
});

describe('AccessTokens', () => {
  it('lists the tokens with their expiry, and makes one that expires in 90 days, shown once', async () => {
    const sent: { method: string; body: unknown }[] = [];
    vi.stubGlobal('fetch', (_path: string, init: RequestInit) => {
      const method = init.method ?? 'GET';
      sent.push({ method, body: init.body ? (JSON.parse(init.body as string) as unknown) : undefined });
      const answer =
        method === 'GET'
          ? [token({}), token({ id: 't2', name: 'watch sync', expiresAt: '2099-01-08T07:00:00.000Z' })]
          : {
              ...token({ id: 't3', name: 'phone', expiresAt: '2099-03-09T07:00:00.000Z' }),
              token: 'swp_secret',
            };
      return Promise.resolve(new Response(JSON.stringify(answer), { status: method === 'GET' ? 200 : 201 }));
    });
    render(<AccessTokens />);
    expect(await screen.findByText('laptop CLI')).toBeTruthy();
    expect(screen.getByText(/Never expires/)).toBeTruthy();
    expect(screen.getByText(/Expires .*2099/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Token name'), { target: { value: 'phone' } });
    fireEvent.click(screen.getByLabelText('90 days'));
    fireEvent.click(screen.getByRole('button', { name: 'Make a token' }));
    await waitFor(() => {
      expect(screen.getByDisplayValue('swp_secret')).toBeTruthy();
    });
    expect(sent.at(-1)).toEqual({ method: 'POST', body: { name: 'phone', expiresInDays: 90 } });
    expect(screen.getByText('phone')).toBeTruthy();
  });
});
