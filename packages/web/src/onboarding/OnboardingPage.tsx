/**
 * Onboarding in five short steps: recent race (paces appear as the time is typed), goal and dates, days,
 * equipment/level/units, then a check of everything and the plan is built. Core checks every keystroke
 * with the API's own rules; the form is kept as a draft until the plan exists.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { SyntheticEvent } from 'react';
import { distanceLabel, formatClock, generatePlan as previewPlan, parseProfile } from '@speedwork/core';
import type { Profile } from '@speedwork/core';
import { ApiError, errorText } from '../api/api-client.js';
import { problemSentence } from '../api/problem-words.js';
import { KEYS, generatePlan, saveProfile } from '../api/endpoints.js';
import { setResource } from '../api/resources.js';
import { PageHeading } from '../ui/page-heading.js';
import { navigate } from '../ui/link.js';
import { useDraft } from '../drafts/use-draft.js';
import { PaceTable } from '../units/PaceTable.js';
import { localToday, mediumDate } from '../units/pace-display.js';
import { CurrentFields, DaysFields, GoalFields, RaceFields, SetupFields } from './ProfileFields.js';
import {
  STEPS,
  completeForm,
  describeForForm,
  distanceText,
  emptyForm,
  formIssues,
  livePaces,
  previewProfile,
  shownWhileTyping,
  stepOfField,
  toProfileBody,
  warningStep,
} from './profile-form.js';
import type { ProfileForm, StepId } from './profile-form.js';

export default function OnboardingPage() {
  const [draft, setForm, restored, discardDraft] = useDraft<ProfileForm>('onboarding', () =>
    emptyForm(localToday()),
  );
  // A draft from before a question existed gets that question's default.
  const form = useMemo(() => completeForm(draft, localToday()), [draft]);
  const [stepIndex, setStepIndex] = useState(0);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [serverError, setServerError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const issues = useMemo(() => formIssues(form), [form]);
  const live = useMemo(() => livePaces(form), [form]);
  const step = STEPS[stepIndex] ?? STEPS[0];
  if (!step) throw new Error('no onboarding steps');
  // The plan's warnings as the answers stand, each shown at the step where its choice is made.
  const previewed = useMemo(() => {
    const profile = step.id === 'race' || step.id === 'review' ? undefined : previewProfile(form);
    return profile ? previewPlan(profile) : undefined;
  }, [form, step.id]);
  // The review lists every warning itself.
  const stepWarnings = (previewed?.warnings ?? []).filter(
    (w) => step.id !== 'review' && warningStep(w.code) === step.id,
  );

  useEffect(() => {
    if (moved.current) stepHeading.current?.focus();
  }, [stepIndex]);

  const update = (patch: Partial<ProfileForm>): void => {
    setForm((old) => ({ ...completeForm(old, localToday()), ...patch }));
    setServerError(undefined);
  };
  const touch = (field: string): void => {
    setTouched((old) => (old.has(field) ? old : new Set([...old, field])));
  };
  const errorFor = (field: string): string | undefined => {
    if (serverError instanceof ApiError) {
      const message = serverError.fieldMessage(field);
      if (message) return message;
    }
    const issue = issues.get(field);
    if (!issue) return undefined;
    return touched.has(field) || shownWhileTyping(issue) ? describeForForm(issue) : undefined;
  };
  const fieldsProps = { form, update, errorFor, touch };

  const goTo = (index: number): void => {
    moved.current = true;
    setStepIndex(index);
  };
  const stepProblems = (id: StepId): string[] =>
    (STEPS.find((s) => s.id === id)?.fields ?? []).filter((f) => issues.has(f));

  const next = (event: SyntheticEvent): void => {
    event.preventDefault();
    const problems = stepProblems(step.id);
    if (problems.length > 0) {
      setTouched((old) => new Set([...old, ...problems]));
      const first = document.querySelector<HTMLElement>('[aria-invalid="true"]');
      first?.focus();
      return;
    }
    if (step.id === 'review') void build();
    else goTo(stepIndex + 1);
  };

  const build = async (): Promise<void> => {
    setBusy(true);
    setServerError(undefined);
    try {
      const stored = await saveProfile(toProfileBody(form));
      setResource(KEYS.profile, stored);
      const plan = await generatePlan();
      setResource(KEYS.plan, plan);
      discardDraft();
      navigate('/plan', { replace: true });
    } catch (error) {
      setServerError(error);
      setBusy(false);
      if (error instanceof ApiError && error.fields[0]) {
        const target = STEPS.findIndex((s) => s.id === stepOfField(error.fields[0]?.field ?? ''));
        if (target >= 0 && target !== stepIndex) goTo(target);
      }
    }
  };

  return (
    <section className="page onboarding">
      <PageHeading title="Set up your plan" />
      {restored ? <p className="note">We kept what you typed last time.</p> : null}
      <ol className="stepper" aria-label="Steps">
        {STEPS.map((s, i) => (
          <li
            key={s.id}
            className={i === stepIndex ? 'step-current' : i < stepIndex ? 'step-done' : ''}
            aria-current={i === stepIndex ? 'step' : undefined}
          >
            <span className="visually-hidden">{s.title}</span>
          </li>
        ))}
      </ol>
      <form className="card form" onSubmit={next} noValidate>
        <p className="eyebrow">
          Step {stepIndex + 1} of {STEPS.length}
        </p>
        <h2 ref={stepHeading} tabIndex={-1}>
          {step.title}
        </h2>
        {step.id === 'race' ? (
          <>
            <p className="lede">
              A race or hard time trial from the last few months. Every pace in your plan comes from it.
            </p>
            <RaceFields {...fieldsProps} />
            <section className="live-paces" aria-labelledby="live-paces-title">
              <h3 id="live-paces-title">Your paces</h3>
              {live ? (
                <>
                  <p className="visually-hidden" aria-live="polite">
                    VDOT {live.report.vdot.toFixed(1)}
                  </p>
                  <PaceTable report={live.report} units={form.units} compact />
                </>
              ) : (
                <p className="muted">Type your race time to see your training paces.</p>
              )}
            </section>
          </>
        ) : null}
        {step.id === 'goal' ? <GoalFields {...fieldsProps} /> : null}
        {step.id === 'days' ? <DaysFields {...fieldsProps} /> : null}
        {step.id === 'setup' ? <SetupFields {...fieldsProps} /> : null}
        {step.id === 'running' ? (
          <>
            <p className="lede">
              Your plan starts from the running you do now and builds from there. A rough figure is fine.
            </p>
            <CurrentFields {...fieldsProps} />
          </>
        ) : null}
        {stepWarnings.length > 0 ? (
          <div className="step-warnings" aria-live="polite">
            {stepWarnings.map((w) => (
              <p key={w.code + w.message} className="note note-warning">
                {w.message}
              </p>
            ))}
          </div>
        ) : null}
        {step.id === 'review' ? <Review form={form} /> : null}
        {serverError && !(serverError instanceof ApiError && serverError.fields.length > 0) ? (
          <p className="note note-error" role="alert">
            {errorText(serverError)}
          </p>
        ) : null}
        {serverError instanceof ApiError && serverError.fields.length > 0 ? (
          <div className="note note-error" role="alert">
            <p>{serverError.message}</p>
            <ul>
              {serverError.fields.map((f) => (
                <li key={f.field}>{problemSentence(f)}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="form-actions">
          {stepIndex > 0 ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                goTo(stepIndex - 1);
              }}
            >
              Back
            </button>
          ) : null}
          <button type="submit" className="button button-primary" disabled={busy}>
            {step.id === 'review' ? (busy ? 'Building your plan…' : 'Build my plan') : 'Next'}
          </button>
        </div>
      </form>
    </section>
  );
}

function Review(props: { form: ProfileForm }) {
  const body = toProfileBody(props.form);
  const parsed = parseProfile(body);
  if (!parsed.ok) {
    return (
      <div className="note note-error" role="alert">
        <p>Some answers need another look:</p>
        <ul>
          {parsed.issues.map((issue) => (
            <li key={issue.field}>{describeForForm(issue)}</li>
          ))}
        </ul>
      </div>
    );
  }
  const profile = parsed.value;
  const preview = previewPlan(profile);
  const days = profile.days.map((d) => d.charAt(0).toUpperCase() + d.slice(1)).join(', ');
  return (
    <>
      {/* Every warning before the summary: the review is where the runner decides to build the plan. */}
      {preview.warnings.map((w) => (
        <p key={w.code + w.message} className="note note-warning">
          {w.message}
        </p>
      ))}
      <dl className="summary">
        <div>
          <dt>Recent race</dt>
          <dd>
            {distanceLabel(profile.recent.distanceM)} in {formatClock(profile.recent.timeS)}
          </dd>
        </div>
        <div>
          <dt>Goal</dt>
          <dd>
            {profile.goal
              ? `${distanceLabel(profile.goal.distanceM)} in ${formatClock(profile.goal.timeS)}${profile.raceDate ? ` on ${mediumDate(profile.raceDate)}` : ''}`
              : `Faster, no set race (we aim for ${formatClock(preview.goal.timeS)} for the ${distanceLabel(preview.goal.distanceM)})`}
          </dd>
        </div>
        <div>
          <dt>Plan</dt>
          <dd>
            {profile.weeks} weeks from {mediumDate(profile.start)}, {preview.sessions.length} sessions
          </dd>
        </div>
        <div>
          <dt>Days</dt>
          <dd>{days}</dd>
        </div>
        <div>
          <dt>Running now</dt>
          <dd>{currentSummary(profile)}</dd>
        </div>
        <div>
          <dt>Set-up</dt>
          <dd>
            {profile.equipment === 'gym' ? 'Gym' : 'No equipment'}, {profile.level},{' '}
            {profile.units === 'km' ? 'kilometres' : 'miles'}
          </dd>
        </div>
      </dl>
      {preview.assumptions.length > 0 ? (
        <div className="note">
          <p>Where you left something out, the plan will guess:</p>
          <ul>
            {preview.assumptions.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}

/** "25 km a week, longest run 10 km", with "not given" where the runner did not know. */
function currentSummary(profile: Profile): string {
  const unit = profile.units;
  const weekly = profile.current?.weeklyDistanceM;
  const longest = profile.current?.longestRunM;
  return [
    weekly === undefined ? 'weekly distance not given' : `${distanceText(weekly, unit)} ${unit} a week`,
    longest === undefined ? 'longest run not given' : `longest run ${distanceText(longest, unit)} ${unit}`,
  ]
    .join(', ')
    .replace(/^./, (c) => c.toUpperCase());
}
