/**
 * The account's keys: a new password (given the current one; every other device is signed out) and
 * "sign out everywhere", for a lost phone or a shared computer.
 */
import { useState } from 'react';
import type { SyntheticEvent } from 'react';
import { ApiError, errorText, request } from '../api/api-client.js';
import { Field } from '../ui/field.js';
import { ConfirmStep } from '../ui/confirm-step.js';
import { ErrorNote } from '../ui/status-notes.js';
import { MIN_PASSWORD, PASSWORD_HINT, passwordLength } from '../auth/password-rules.js';

/** `email` goes in a hidden username field, so a password manager knows which account's password changed. */
export function PasswordChange(props: { email: string | undefined }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [tried, setTried] = useState(false);
  const local = {
    currentPassword: tried && current === '' ? 'Your current password is required.' : undefined,
    newPassword:
      tried && passwordLength(next) < MIN_PASSWORD ? `needs at least ${MIN_PASSWORD} characters` : undefined,
  };
  const fieldError = (field: keyof typeof local): string | undefined =>
    local[field] ?? (error instanceof ApiError ? error.fieldMessage(field) : undefined);
  const submit = async (event: SyntheticEvent): Promise<void> => {
    event.preventDefault();
    setTried(true);
    setDone(false);
    if (current === '' || passwordLength(next) < MIN_PASSWORD) return;
    setBusy(true);
    setError(undefined);
    try {
      await request<null>('PUT', '/api/me/password', { currentPassword: current, newPassword: next });
      setCurrent('');
      setNext('');
      setTried(false);
      setDone(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="card form settings-section"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="password-title"
    >
      <h2 id="password-title">Password</h2>
      {props.email ? (
        <input type="email" autoComplete="username" value={props.email} readOnly hidden />
      ) : null}
      <Field label="Current password" error={fieldError('currentPassword')}>
        {(ids) => (
          <input
            id={ids.id}
            aria-describedby={ids.describedBy}
            aria-invalid={ids.invalid}
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={(e) => {
              setCurrent(e.target.value);
            }}
          />
        )}
      </Field>
      <Field label="New password" hint={PASSWORD_HINT} error={fieldError('newPassword')}>
        {(ids) => (
          <input
            id={ids.id}
            aria-describedby={ids.describedBy}
            aria-invalid={ids.invalid}
            type="password"
            autoComplete="new-password"
            value={next}
            onChange={(e) => {
              setNext(e.target.value);
            }}
          />
        )}
      </Field>
      {error && !(error instanceof ApiError && error.fields.length > 0) ? (
        <p className="note note-error" role="alert">
          {errorText(error)}
        </p>
      ) : null}
      {done ? (
        <p className="note note-ok" role="status">
          Password changed. Every other device is signed out; this one stays signed in.
        </p>
      ) : null}
      <button type="submit" className="button" disabled={busy}>
        {busy ? 'Changing…' : 'Change password'}
      </button>
    </form>
  );
}

export function SignOutEverywhere(props: { onSignedOut: () => Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const run = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      await request<null>('POST', '/api/auth/logout-everywhere');
      await props.onSignedOut();
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };
  return (
    <section className="card settings-section" aria-labelledby="everywhere-title">
      <h2 id="everywhere-title">Sign out everywhere</h2>
      <p>
        Signs you out on every phone and computer, this one too: for a lost phone or a shared computer. Access
        tokens keep working until you revoke them.
      </p>
      {error ? <ErrorNote error={error} /> : null}
      <ConfirmStep
        label="Sign out everywhere"
        yesLabel="Yes, sign out everywhere"
        busyLabel="Signing out…"
        busy={busy}
        confirming={confirming}
        danger
        onConfirmingChange={setConfirming}
        onConfirm={() => void run()}
      />
    </section>
  );
}
