/**
 * Access tokens for the CLI and other programs: made here (the secret is shown once), listed with when each
 * was made and when it expires, and revoked. A token may expire by itself after 30 days, 90 days or a year.
 */
import { useState } from 'react';
import type { SyntheticEvent } from 'react';
import type { TokenInfo } from '@speedwork/server/api-types';
import { ApiError, errorText, request } from '../api/api-client.js';
import { setResource, useResource } from '../api/resources.js';
import { Field, RadioChoices } from '../ui/field.js';
import { ErrorNote, Loading } from '../ui/status-notes.js';
import { mediumDate } from '../units/pace-display.js';
import './settings.css';

const TOKENS = 'tokens';
const EXPIRY = [
  { value: '', label: 'Never' },
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: 'A year' },
] as const;

const fetchTokens = () => request<TokenInfo[]>('GET', '/api/tokens');

/** "Expires 9 Jan 2027", "Never expires", "Expired 9 Jan 2027" or "Revoked 9 Dec 2026". */
export function tokenStatus(token: TokenInfo, now: Date = new Date()): { words: string; active: boolean } {
  if (token.revokedAt) return { words: `Revoked ${mediumDate(token.revokedAt.slice(0, 10))}`, active: false };
  if (!token.expiresAt) return { words: 'Never expires', active: true };
  const day = mediumDate(token.expiresAt.slice(0, 10));
  return new Date(token.expiresAt) <= now
    ? { words: `Expired ${day}`, active: false }
    : { words: `Expires ${day}`, active: true };
}

function NewToken() {
  const [name, setName] = useState('');
  const [expiry, setExpiry] = useState<(typeof EXPIRY)[number]['value']>('');
  const [secret, setSecret] = useState<string | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const submit = async (event: SyntheticEvent): Promise<void> => {
    event.preventDefault();
    if (name.trim() === '') {
      setError(
        new ApiError('invalid-input', 'Name the token.', 400, 'invalid-input', [
          { field: 'name', reason: 'required', message: 'Name the token, such as "laptop CLI".' },
        ]),
      );
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const made = await request<TokenInfo & { token: string }>('POST', '/api/tokens', {
        name: name.trim(),
        ...(expiry === '' ? {} : { expiresInDays: Number(expiry) }),
      });
      const { token, ...info } = made;
      setSecret(token);
      setName('');
      setResource<TokenInfo[]>(TOKENS, (old) => [...(old ?? []), info]);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="form token-new"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label="New access token"
    >
      <Field label="Token name" error={error instanceof ApiError ? error.fieldMessage('name') : undefined}>
        {(ids) => (
          <input
            id={ids.id}
            aria-describedby={ids.describedBy}
            aria-invalid={ids.invalid}
            autoComplete="off"
            placeholder="laptop CLI"
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setError(undefined);
            }}
          />
        )}
      </Field>
      <RadioChoices
        legend="Expires"
        className="choices-inline"
        name="token-expiry"
        options={EXPIRY}
        value={expiry}
        onChoose={setExpiry}
      />
      {error && !(error instanceof ApiError && error.fields.length > 0) ? (
        <p className="note note-error" role="alert">
          {errorText(error)}
        </p>
      ) : null}
      {secret ? (
        <div className="note note-ok" role="status">
          <p>Copy the token now: it is shown only this once.</p>
          <input
            aria-label="The new token"
            readOnly
            value={secret}
            onFocus={(e) => {
              e.currentTarget.select();
            }}
          />
        </div>
      ) : null}
      <button type="submit" className="button" disabled={busy}>
        {busy ? 'Making…' : 'Make a token'}
      </button>
    </form>
  );
}

function TokenRow(props: { token: TokenInfo }) {
  const { token } = props;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const status = tokenStatus(token);
  const revoke = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      await request<null>('DELETE', `/api/tokens/${encodeURIComponent(token.id)}`);
      const revokedAt = new Date().toISOString();
      setResource<TokenInfo[]>(TOKENS, (old) =>
        (old ?? []).map((t) => (t.id === token.id ? { ...t, revokedAt } : t)),
      );
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };
  return (
    <li className="token-row">
      <span className="token-what">
        <strong>{token.name}</strong>
        <span className="muted">
          Made {mediumDate(token.createdAt.slice(0, 10))} · {status.words}
        </span>
      </span>
      {status.active ? (
        <button
          type="button"
          className="button button-small button-quiet"
          aria-label={`Revoke the token ${token.name}`}
          disabled={busy}
          onClick={() => void revoke()}
        >
          {busy ? 'Revoking…' : 'Revoke'}
        </button>
      ) : null}
      {error ? (
        <p className="note note-error" role="alert">
          {errorText(error)}
        </p>
      ) : null}
    </li>
  );
}

export function AccessTokens() {
  const tokens = useResource(TOKENS, fetchTokens);
  return (
    <section className="card settings-section" aria-labelledby="tokens-title">
      <h2 id="tokens-title">Access tokens</h2>
      <p>
        For the <code>speedwork</code> command line and other programs: each sends a token instead of your
        password. Revoke one you no longer use.
      </p>
      {tokens.data ? (
        tokens.data.length > 0 ? (
          <ul className="token-list">
            {tokens.data.map((token) => (
              <TokenRow key={token.id} token={token} />
            ))}
          </ul>
        ) : (
          <p className="muted">No tokens yet.</p>
        )
      ) : tokens.error ? (
        <ErrorNote error={tokens.error} onRetry={() => void tokens.reload()} />
      ) : (
        <Loading what="your tokens" />
      )}
      <NewToken />
    </section>
  );
}
