/**
 * Settings: the profile (the onboarding fields on one page), theme, a new plan from the profile, the plan in
 * a calendar, the log as a spreadsheet, all data as a file, the password, access tokens, sign out (here or everywhere) and deleting the account.
 */
import { useMemo, useState } from 'react';
import type { SyntheticEvent } from 'react';
import type { StoredProfile } from '@speedwork/server/api-types';
import { ApiError, errorText } from '../api/api-client.js';
import {
  KEYS,
  deleteAccount,
  downloadExport,
  fetchMe,
  fetchProfile,
  generatePlan,
  saveProfile,
  signOut,
} from '../api/endpoints.js';
import { clearResources, invalidate, setResource, useResource } from '../api/resources.js';
import { Field, RadioChoices } from '../ui/field.js';
import { ConfirmStep } from '../ui/confirm-step.js';
import { PageHeading } from '../ui/page-heading.js';
import { Link, navigate } from '../ui/link.js';
import { ErrorNote, Loading } from '../ui/status-notes.js';
import { setTheme, useTheme } from '../ui/theme.js';
import { AccessTokens } from './AccessTokens.js';
import { PasswordChange, SignOutEverywhere } from './AccountSecurity.js';
import { CalendarFeed } from './CalendarFeed.js';
import type { ThemeChoice } from '../ui/theme.js';
import { clearAllDrafts, useDraft } from '../drafts/use-draft.js';
import { forgetOfflineData } from '../offline/service-worker.js';
import {
  CurrentFields,
  DaysFields,
  GoalFields,
  RaceFields,
  SetupFields,
} from '../onboarding/ProfileFields.js';
import {
  completeForm,
  describeForForm,
  formFromBody,
  formIssues,
  toProfileBody,
} from '../onboarding/profile-form.js';
import type { ProfileForm } from '../onboarding/profile-form.js';
import { localToday } from '../units/pace-display.js';

async function leave(): Promise<void> {
  clearAllDrafts();
  await forgetOfflineData();
  clearResources();
  navigate('/signin', { replace: true });
}

/** What the last save did, kept above the editor: a save gives the profile a new time and a fresh editor. */
interface SavedNote {
  updatedAt: string;
  /** The current plan was re-planned from tomorrow, with this many sessions changed. */
  replanned: number | undefined;
}

function ProfileEditor(props: {
  stored: StoredProfile;
  saved: SavedNote | undefined;
  onSaved: (note: SavedNote) => void;
}) {
  const [draft, setForm, restored, discard] = useDraft<ProfileForm>(`profile:${props.stored.updatedAt}`, () =>
    formFromBody(props.stored.input, localToday()),
  );
  const form = useMemo(() => completeForm(draft, localToday()), [draft]);
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const saved = props.saved?.updatedAt === props.stored.updatedAt ? props.saved : undefined;
  const issues = useMemo(() => formIssues(form), [form]);
  const errorFor = (field: string): string | undefined => {
    if (error instanceof ApiError) {
      const message = error.fieldMessage(field);
      if (message) return message;
    }
    const issue = issues.get(field);
    return issue && tried ? describeForForm(issue) : undefined;
  };
  const update = (patch: Partial<ProfileForm>): void => {
    setForm((old) => ({ ...completeForm(old, localToday()), ...patch }));
    setError(undefined);
  };
  const submit = async (event: SyntheticEvent): Promise<void> => {
    event.preventDefault();
    setTried(true);
    if (issues.size > 0) return;
    setBusy(true);
    try {
      const { planRevision, planChanges, ...stored } = await saveProfile(toProfileBody(form));
      discard();
      const replanned = planRevision === null || planRevision === undefined ? undefined : planChanges?.length;
      if (replanned !== undefined) {
        invalidate(KEYS.plan);
        invalidate('today:');
      }
      props.onSaved({ updatedAt: stored.updatedAt, replanned });
      setResource(KEYS.profile, stored);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const fields = { form, update, errorFor, touch: () => undefined };
  return (
    <form
      className="card form settings-section"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="profile-title"
    >
      <h2 id="profile-title">Profile</h2>
      {restored ? <p className="note">Your unsaved changes are back.</p> : null}
      <h3>Recent race</h3>
      <RaceFields {...fields} />
      <h3>Goal and dates</h3>
      <GoalFields {...fields} />
      <DaysFields {...fields} />
      <SetupFields {...fields} />
      <h3>Your running now</h3>
      <CurrentFields {...fields} />
      {error && !(error instanceof ApiError && error.fields.length > 0) ? (
        <p className="note note-error" role="alert">
          {errorText(error)}
        </p>
      ) : null}
      {tried && issues.size > 0 ? (
        <p className="note note-error" role="alert">
          {issues.size === 1 ? 'One answer needs a fix.' : `${issues.size} answers need a fix.`}
        </p>
      ) : null}
      {saved ? (
        <p className="note note-ok" role="status">
          {saved.replanned === undefined
            ? 'Profile saved. Units change at once; build a new plan below to use the rest.'
            : `Profile saved. Your plan follows it from tomorrow${saved.replanned > 0 ? ` (${saved.replanned} ${saved.replanned === 1 ? 'change' : 'changes'})` : ''}; past sessions and their logs stay as they were.`}
          {saved.replanned ? (
            <>
              {' '}
              <Link href="/plan">See what changed</Link>.
            </>
          ) : null}
        </p>
      ) : null}
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? 'Saving…' : 'Save profile'}
      </button>
    </form>
  );
}

function Regenerate() {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [done, setDone] = useState(false);
  const run = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      const plan = await generatePlan();
      setResource(KEYS.plan, plan);
      setDone(true);
      setConfirming(false);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card settings-section" aria-labelledby="regen-title">
      <h2 id="regen-title">New plan</h2>
      <p>
        Builds a fresh plan from your profile and your latest race. Your current plan and its logs are kept in
        your data export.
      </p>
      {error ? <ErrorNote error={error} /> : null}
      {done ? (
        <p className="note note-ok" role="status">
          Your new plan is ready. <Link href="/plan">See it</Link>.
        </p>
      ) : null}
      <ConfirmStep
        label="Regenerate plan"
        yesLabel="Yes, build a new plan"
        busyLabel="Building…"
        busy={busy}
        confirming={confirming}
        onConfirmingChange={(asking) => {
          setConfirming(asking);
          if (asking) setDone(false);
        }}
        onConfirm={() => void run()}
      />
    </section>
  );
}

function DangerZone(props: { email: string }) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const remove = async (event: SyntheticEvent): Promise<void> => {
    event.preventDefault();
    if (typed.trim().toLowerCase() !== 'delete') {
      setError(new Error('Type delete to confirm.'));
      return;
    }
    setBusy(true);
    try {
      await deleteAccount();
      await leave();
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };
  return (
    <form
      className="card form settings-section danger-zone"
      onSubmit={(e) => void remove(e)}
      noValidate
      aria-labelledby="delete-title"
    >
      <h2 id="delete-title">Delete account</h2>
      <p>
        Deletes {props.email} and every plan, log and race in it, for good. Export your data first if you want
        to keep it.
      </p>
      <Field label='Type "delete" to confirm' error={error ? errorText(error) : undefined}>
        {(ids) => (
          <input
            id={ids.id}
            aria-describedby={ids.describedBy}
            aria-invalid={ids.invalid}
            autoComplete="off"
            value={typed}
            onChange={(e) => {
              setTyped(e.target.value);
              setError(undefined);
            }}
          />
        )}
      </Field>
      <button type="submit" className="button button-danger" disabled={busy}>
        {busy ? 'Deleting…' : 'Delete my account'}
      </button>
    </form>
  );
}

const THEMES: { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'As the phone' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export default function SettingsPage() {
  const me = useResource(KEYS.me, fetchMe);
  const profile = useResource(KEYS.profile, fetchProfile);
  const theme = useTheme();
  const [exportError, setExportError] = useState<unknown>(undefined);
  const [signOutError, setSignOutError] = useState<unknown>(undefined);
  const [savedNote, setSavedNote] = useState<SavedNote | undefined>(undefined);
  return (
    <section className="page">
      <PageHeading title="Settings" />
      {me.data ? (
        <p className="muted">
          Signed in as <strong>{me.data.name}</strong> ({me.data.email})
        </p>
      ) : null}
      {profile.data ? (
        <ProfileEditor
          key={profile.data.updatedAt}
          stored={profile.data}
          saved={savedNote}
          onSaved={setSavedNote}
        />
      ) : profile.data === null ? (
        <p>
          No profile yet. <Link href="/onboarding">Set up your plan</Link>.
        </p>
      ) : profile.error ? (
        <ErrorNote error={profile.error} onRetry={() => void profile.reload()} />
      ) : (
        <Loading what="your profile" />
      )}
      <section className="card settings-section" aria-labelledby="theme-title">
        <h2 id="theme-title">Appearance</h2>
        <RadioChoices
          legend="Theme"
          className="choices-inline"
          name="theme"
          options={THEMES}
          value={theme}
          onChoose={setTheme}
        />
      </section>
      {profile.data ? <Regenerate /> : null}
      {profile.data ? <CalendarFeed /> : null}
      {profile.data ? (
        <section className="card settings-section" aria-labelledby="log-csv-title">
          <h2 id="log-csv-title">Training log for a spreadsheet</h2>
          <p>
            Every session you logged, one row each (date, kind of session, how it went, effort, notes and
            times), as a CSV file that Excel, Numbers or Google Sheets opens.
          </p>
          <div className="actions">
            <a className="button" href="/api/export/logs.csv" download>
              Download log (CSV)
            </a>
          </div>
        </section>
      ) : null}
      <section className="card settings-section" aria-labelledby="data-title">
        <h2 id="data-title">Your data</h2>
        <p>
          Everything speedwork keeps about you (profile, plans, logs with their history, races) as one JSON
          file.
        </p>
        {exportError ? <ErrorNote error={exportError} /> : null}
        <button
          type="button"
          className="button"
          onClick={() => {
            setExportError(undefined);
            downloadExport().catch(setExportError);
          }}
        >
          Export all data
        </button>
      </section>
      <PasswordChange email={me.data?.email} />
      <AccessTokens />
      <section className="card settings-section" aria-labelledby="session-title">
        <h2 id="session-title">Sign out</h2>
        {signOutError ? <ErrorNote error={signOutError} /> : null}
        <button
          type="button"
          className="button"
          onClick={() => {
            signOut().then(leave).catch(setSignOutError);
          }}
        >
          Sign out
        </button>
      </section>
      <SignOutEverywhere onSignedOut={leave} />
      {me.data ? <DangerZone email={me.data.email} /> : null}
    </section>
  );
}
