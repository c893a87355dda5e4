/** Sign in and sign up: email and password, with the server's words for what went wrong. */
import { useState } from 'react';
import type { SyntheticEvent } from 'react';
import { ApiError, errorText } from '../api/api-client.js';
import { signIn, signUp, KEYS } from '../api/endpoints.js';
import { clearResources, setResource } from '../api/resources.js';
import { Field } from '../ui/field.js';
import { PageHeading } from '../ui/page-heading.js';
import { Link, navigate } from '../ui/link.js';
import { forgetOfflineData } from '../offline/service-worker.js';
import { MIN_PASSWORD, PASSWORD_HINT, passwordLength } from './password-rules.js';

export default function AuthPage(props: { mode: 'signin' | 'signup' }) {
  const signup = props.mode === 'signup';
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [tried, setTried] = useState(false);

  const localProblems: Record<string, string | undefined> = tried
    ? {
        name: signup && name.trim() === '' ? 'Your name is required.' : undefined,
        email:
          email.trim() === ''
            ? 'Your email address is required.'
            : !/^\S+@\S+\.\S+$/.test(email.trim())
              ? 'That is not an email address: it looks like ana@example.com.'
              : undefined,
        password:
          signup && passwordLength(password) < MIN_PASSWORD
            ? `needs at least ${MIN_PASSWORD} characters`
            : !signup && password === ''
              ? 'Your password is required.'
              : undefined,
      }
    : {};
  const fieldError = (field: string): string | undefined =>
    localProblems[field] ?? (error instanceof ApiError ? error.fieldMessage(field) : undefined);

  const submit = async (event: SyntheticEvent): Promise<void> => {
    event.preventDefault();
    setTried(true);
    const invalid =
      (signup && name.trim() === '') ||
      !/^\S+@\S+\.\S+$/.test(email.trim()) ||
      (signup ? passwordLength(password) < MIN_PASSWORD : password === '');
    if (invalid) return;
    setBusy(true);
    setError(undefined);
    try {
      const account = signup
        ? await signUp({ name: name.trim(), email: email.trim(), password })
        : await signIn({ email: email.trim(), password });
      // Another runner may have used this phone: none of their saved reads may show.
      await forgetOfflineData();
      clearResources();
      setResource(KEYS.me, account);
      navigate(signup ? '/onboarding' : '/today', { replace: true });
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  const title = signup ? 'Create your account' : 'Sign in';
  return (
    <section className="page auth-page">
      <div className="auth-intro">
        <p className="eyebrow">Speed training, paced for you</p>
        <PageHeading title={title} />
        <p className="lede">
          {signup
            ? 'Strength, track and hill sessions built from one recent race, on the days you can train.'
            : 'Your plan, today’s session and your progress.'}
        </p>
      </div>
      <form className="card form" onSubmit={(event) => void submit(event)} noValidate>
        {signup ? (
          <Field label="Name" error={fieldError('name')}>
            {(ids) => (
              <input
                id={ids.id}
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
                autoComplete="name"
                value={name}
                onChange={(e) => {
                  setName(e.target.value);
                }}
              />
            )}
          </Field>
        ) : null}
        <Field label="Email" error={fieldError('email')}>
          {(ids) => (
            <input
              id={ids.id}
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
              type="email"
              inputMode="email"
              autoComplete={signup ? 'email' : 'username'}
              autoCapitalize="off"
              spellCheck={false}
              value={email}
              onChange={(e) => {
                setEmail(e.target.value);
              }}
            />
          )}
        </Field>
        <Field label="Password" hint={signup ? PASSWORD_HINT : undefined} error={fieldError('password')}>
          {(ids) => (
            <div className="input-with-button">
              <input
                id={ids.id}
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
                type={showPassword ? 'text' : 'password'}
                autoComplete={signup ? 'new-password' : 'current-password'}
                value={password}
                onChange={(e) => {
                  setPassword(e.target.value);
                }}
              />
              <button
                type="button"
                className="button button-quiet button-small"
                aria-pressed={showPassword}
                onClick={() => {
                  setShowPassword(!showPassword);
                }}
              >
                {showPassword ? 'Hide' : 'Show'}
              </button>
            </div>
          )}
        </Field>
        {error && !(error instanceof ApiError && error.fields.length > 0) ? (
          <p className="note note-error" role="alert">
            {errorText(error)}
          </p>
        ) : null}
        {signup && error instanceof ApiError && error.code === 'email-taken' ? (
          <p className="note" role="status">
            This email has an account already: <Link href="/signin">sign in</Link> instead.
          </p>
        ) : null}
        <button type="submit" className="button button-primary button-block" disabled={busy}>
          {busy ? (signup ? 'Creating your account…' : 'Signing in…') : signup ? 'Create account' : 'Sign in'}
        </button>
        <p className="form-switch">
          {signup ? (
            <>
              Have an account? <Link href="/signin">Sign in</Link>
            </>
          ) : (
            <>
              New to speedwork? <Link href="/signup">Create an account</Link>
            </>
          )}
        </p>
      </form>
    </section>
  );
}
