/**
 * Progress toward the goal: fitness from races and time trials against the goal line with the predicted
 * goal time, weekly volume of each pillar, completion and streaks, and the pace of every track rep.
 */
import { useCallback, useMemo, useState } from 'react';
import type { SyntheticEvent } from 'react';
import uPlot from 'uplot';
import { distanceLabel, formatClock } from '@speedwork/core';
import type { Units } from '@speedwork/core';
import type { PlanDocument, RaceDocument } from '@speedwork/server/api-types';
import { ApiError, errorText } from '../api/api-client.js';
import { KEYS, addRace, fetchPlan, fetchRaces } from '../api/endpoints.js';
import { useResource } from '../api/resources.js';
import { PageHeading } from '../ui/page-heading.js';
import { Term } from '../ui/term.js';
import { ErrorNote, Loading, StaleNote } from '../ui/status-notes.js';
import { useDraft } from '../drafts/use-draft.js';
import { formatPace, localToday, mediumDate, pacePerUnitS } from '../units/pace-display.js';
import { useUnits } from '../units/use-units.js';
import { Chart, axis } from './Chart.js';
import type { ChartColors } from './Chart.js';
import { RaceFields } from './RaceFields.js';
import type { RaceDraft } from './RaceFields.js';
import { RaceList, RaceOutcomeNote, raceWritten } from './RaceList.js';
import type { RaceOutcome } from './RaceList.js';
import {
  completion,
  dateTickLabels,
  fitnessSeries,
  ladderFrame,
  ladderSessions,
  predictedGoal,
  weeklyVolume,
} from './progress-data.js';

const DAY_S = 86_400;
const toUnix = (date: string): number => Date.parse(`${date}T12:00:00Z`) / 1000;
const dateAxis = (colors: ChartColors) =>
  axis(colors, {
    values: (_u: uPlot, ticks: number[]) => dateTickLabels(ticks),
  });

function FitnessChart(props: { plan: PlanDocument; races: RaceDocument[] }) {
  const points = useMemo(() => fitnessSeries(props.plan, props.races), [props.plan, props.races]);
  const goal = props.plan.goal;
  const build = useCallback(
    (colors: ChartColors) => {
      const xs = points.map((p) => toUnix(p.date));
      const goalDate = goal.date ? toUnix(goal.date) : undefined;
      const last = xs[xs.length - 1] ?? 0;
      const end = Math.max(goalDate ?? last + 14 * DAY_S, last + DAY_S);
      const x = [...xs, end];
      const vdots: (number | null)[] = [...points.map((p) => p.vdot), null];
      const goalLine = x.map(() => goal.vdot);
      const options: Omit<uPlot.Options, 'width' | 'height'> = {
        scales: { x: { time: true }, y: { auto: true } },
        axes: [dateAxis(colors), axis(colors, { size: 44 })],
        series: [
          {
            label: 'Date',
            value: (_u, v) => (v == null ? '' : mediumDate(new Date(v * 1000).toISOString().slice(0, 10))),
          },
          {
            label: 'VDOT',
            stroke: colors.primary,
            width: 2,
            points: { size: 8, fill: colors.primary },
            spanGaps: true,
          },
          { label: 'Goal VDOT', stroke: colors.ok, width: 2, dash: [6, 4], points: { show: false } },
        ],
      };
      return { options, data: [x, vdots, goalLine] as uPlot.AlignedData };
    },
    [points, goal],
  );
  const latest = points[points.length - 1];
  const prediction = latest ? predictedGoal(latest.vdot, goal) : undefined;
  return (
    <section className="card block" aria-labelledby="fitness-title">
      <h2 id="fitness-title">Fitness and goal</h2>
      {prediction && latest ? (
        <dl className="stats">
          <div className="stat">
            <dt>
              <Term term="VDOT">VDOT now</Term>
            </dt>
            <dd>{latest.vdot.toFixed(1)}</dd>
          </div>
          <div className="stat">
            <dt>Goal needs</dt>
            <dd>{goal.vdot.toFixed(1)}</dd>
          </div>
          <div className="stat">
            <dt>Predicted {distanceLabel(goal.distanceM)}</dt>
            <dd>{formatClock(prediction.predictedS)}</dd>
          </div>
          <div className="stat">
            <dt>Goal time</dt>
            <dd>{formatClock(goal.timeS)}</dd>
          </div>
        </dl>
      ) : null}
      <p className="muted">
        {prediction && prediction.gapS > 0
          ? `${formatClock(prediction.gapS)} to find${goal.date ? ` by ${mediumDate(goal.date)}` : ''}. Log races and time trials to see it move.`
          : 'Your fitness predicts your goal time or better. Keep it going.'}
      </p>
      <Chart
        title="VDOT over time with the goal line"
        summary={
          points.map((p) => `${p.label} ${p.date}: VDOT ${p.vdot.toFixed(1)}`).join('; ') +
          `. Goal VDOT ${goal.vdot.toFixed(1)}.`
        }
        build={build}
      />
    </section>
  );
}

function VolumeCharts(props: { plan: PlanDocument; today: string; units: Units }) {
  const weeks = useMemo(() => weeklyVolume(props.plan, props.today), [props.plan, props.today]);
  const makeBuild = useCallback(
    (
      pick: (w: (typeof weeks)[number]) => { planned: number; done: number },
      color: keyof ChartColors,
      label: string,
    ) =>
      (colors: ChartColors) => {
        const bars = (size: number, align: -1 | 1) => uPlot.paths.bars?.({ size: [size, 40], align });
        const options: Omit<uPlot.Options, 'width' | 'height'> = {
          scales: { x: { time: false, range: (_u, min, max) => [min - 0.6, max + 0.6] } },
          axes: [
            axis(colors, {
              values: (_u: uPlot, t: number[]) => t.map((v) => (Number.isInteger(v) ? `W${v}` : '')),
            }),
            axis(colors, { size: 48 }),
          ],
          series: [
            { label: 'Week' },
            {
              label: `${label} planned`,
              stroke: colors.grid,
              fill: colors.grid,
              width: 1,
              paths: bars(0.4, -1),
              points: { show: false },
            },
            {
              label: `${label} done`,
              stroke: colors[color],
              fill: colors[color],
              width: 1,
              paths: bars(0.4, 1),
              points: { show: false },
            },
          ],
        };
        return {
          options,
          data: [
            weeks.map((w) => w.week),
            weeks.map((w) => pick(w).planned),
            weeks.map((w) => Math.round(pick(w).done)),
          ] as uPlot.AlignedData,
        };
      },
    [weeks],
  );
  const speedBuild = useMemo(() => makeBuild((w) => w.speedM, 'track', 'Metres at speed'), [makeBuild]);
  const hillsBuild = useMemo(() => makeBuild((w) => w.hillRepeats, 'hills', 'Hill repeats'), [makeBuild]);
  const strengthBuild = useMemo(
    () => makeBuild((w) => w.strengthSets, 'strength', 'Strength sets'),
    [makeBuild],
  );
  const total = (pick: (w: (typeof weeks)[number]) => { planned: number; done: number }) =>
    weeks.reduce((sum, w) => ({ planned: sum.planned + pick(w).planned, done: sum.done + pick(w).done }), {
      planned: 0,
      done: 0,
    });
  const speed = total((w) => w.speedM);
  const hills = total((w) => w.hillRepeats);
  const sets = total((w) => w.strengthSets);
  return (
    <section className="card block" aria-labelledby="volume-title">
      <h2 id="volume-title">Weekly volume by pillar</h2>
      <p className="muted">Grey: planned. Colour: done, from your logs.</p>
      <div className="charts">
        <div>
          <h3>Running at speed (track reps, m)</h3>
          <Chart
            height={170}
            title="Metres of track reps per week"
            summary={`Done ${Math.round(speed.done)} m of ${speed.planned} m planned.`}
            build={speedBuild}
          />
        </div>
        <div>
          <h3>Hill repeats</h3>
          <Chart
            height={170}
            title="Hill repeats per week"
            summary={`Done ${Math.round(hills.done)} of ${hills.planned} planned.`}
            build={hillsBuild}
          />
        </div>
        <div>
          <h3>Strength sets</h3>
          <Chart
            height={170}
            title="Strength sets per week"
            summary={`Done ${Math.round(sets.done)} of ${sets.planned} planned.`}
            build={strengthBuild}
          />
        </div>
      </div>
    </section>
  );
}

function LadderChart(props: { plan: PlanDocument; units: Units }) {
  const sessions = useMemo(() => ladderSessions(props.plan), [props.plan]);
  const build = useCallback(
    (colors: ChartColors) => {
      const frame = ladderFrame(sessions);
      const maxReps = frame.repPaces.length;
      const unit = (v: number | null | undefined) =>
        v == null ? null : Math.round(pacePerUnitS(v, props.units));
      const repSeries: uPlot.Series[] = Array.from({ length: maxReps }, (_, i) => ({
        label: `Rep ${i + 1}`,
        stroke: colors.track,
        width: 0,
        points: { show: true, size: 7, fill: colors.track, stroke: colors.track },
        paths: () => null,
      }));
      const paceText = (_u: uPlot, v: number | null) =>
        v == null ? '' : formatPace((v * 1000) / (props.units === 'km' ? 1000 : 1609.344), props.units);
      const options: Omit<uPlot.Options, 'width' | 'height'> = {
        scales: {
          x: { time: true, range: () => frame.rangeS },
          // At least 20 s of pace top to bottom, so reps a second apart do not label every tick alike.
          y: {
            dir: -1,
            range: (_u, min, max) => {
              const mid = (min + max) / 2;
              const half = Math.max(((max - min) / 2) * 1.15, 10);
              return [mid - half, mid + half];
            },
          },
        },
        axes: [
          dateAxis(colors),
          axis(colors, {
            size: 56,
            values: (u: uPlot, t: number[]) =>
              t.map((v, i) => {
                const label = paceText(u, v).split('/')[0] ?? '';
                return i > 0 && label === (paceText(u, t[i - 1] ?? null).split('/')[0] ?? '') ? '' : label;
              }),
          }),
        ],
        series: [
          {
            label: 'Date',
            value: (_u, v) => (v == null ? '' : mediumDate(new Date(v * 1000).toISOString().slice(0, 10))),
          },
          {
            label: 'Target',
            stroke: colors.ok,
            width: 2,
            dash: [6, 4],
            points: { show: false },
            spanGaps: true,
            value: paceText,
          },
          ...repSeries.map((s) => ({ ...s, value: paceText })),
        ],
        legend: { show: maxReps <= 4 },
      };
      const data: uPlot.AlignedData = [
        frame.xS,
        frame.targetSPerKm.map(unit),
        ...frame.repPaces.map((paces) => paces.map(unit)),
      ];
      return { options, data };
    },
    [sessions, props.units],
  );
  return (
    <section className="card block" aria-labelledby="ladder-title">
      <h2 id="ladder-title">Track ladder: pace of every rep</h2>
      {sessions.length === 0 ? (
        <p className="chart-empty">
          Time your track reps in the log and each one shows up here, against its target pace.
        </p>
      ) : (
        <Chart
          title={`Rep paces per track session, per ${props.units}; faster is higher`}
          summary={sessions
            .map(
              (s) =>
                `${s.date}: ${s.repPaces
                  .filter((p): p is number => p !== null)
                  .map((p) => formatPace(p, props.units))
                  .join(', ')}`,
            )
            .join('; ')}
          build={build}
        />
      )}
    </section>
  );
}

function AddRace(props: { today: string }) {
  const [draft, setDraft, , discard] = useDraft<RaceDraft>('race', () => ({
    date: props.today,
    distance: '5k',
    time: '',
    kind: 'race',
  }));
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<RaceOutcome | undefined>(undefined);
  const submit = async (event: SyntheticEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const { planRevision: _revision, planChanges, ...race } = await addRace(draft);
      discard();
      setDraft({ ...draft, time: '' });
      setSaved(
        raceWritten({ message: `Saved: VDOT ${race.vdot.toFixed(1)}.`, changes: planChanges }, (old) => [
          ...old,
          race,
        ]),
      );
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (field: string) => (error instanceof ApiError ? error.fieldMessage(field) : undefined);
  return (
    <form className="card form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="add-race-title">
      <h2 id="add-race-title">Add a race or time trial</h2>
      <RaceFields
        draft={draft}
        onChange={setDraft}
        fieldError={fieldError}
        today={props.today}
        timePlaceholder="24:10"
      />
      {error && !(error instanceof ApiError && error.fields.length > 0) ? (
        <p className="note note-error" role="alert">
          {errorText(error)}
        </p>
      ) : null}
      <RaceOutcomeNote outcome={saved} />
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? 'Saving…' : 'Add result'}
      </button>
    </form>
  );
}

export default function ProgressPage() {
  const today = localToday();
  const units = useUnits();
  const plan = useResource(KEYS.plan, fetchPlan);
  const races = useResource(KEYS.races, fetchRaces);
  if (!plan.data) {
    return (
      <section className="page">
        <PageHeading title="Progress" />
        {plan.error ? (
          <ErrorNote error={plan.error} onRetry={() => void plan.reload()} />
        ) : plan.data === null ? (
          <p>No plan yet.</p>
        ) : (
          <Loading what="your progress" />
        )}
      </section>
    );
  }
  const c = completion(plan.data.sessions, today);
  return (
    <section className="page">
      <PageHeading title="Progress" />
      <StaleNote error={plan.error ?? races.error} />
      <section className="block" aria-labelledby="consistency-title">
        <h2 id="consistency-title">Consistency</h2>
        <dl className="stats">
          <div className="stat">
            <dt>Completion</dt>
            <dd>{c.ratePct}%</dd>
          </div>
          <div className="stat">
            <dt>Streak</dt>
            <dd>{c.streak}</dd>
          </div>
          <div className="stat">
            <dt>Longest streak</dt>
            <dd>{c.longestStreak}</dd>
          </div>
          <div className="stat">
            <dt>Logged</dt>
            <dd>
              {c.done + c.partial}/{c.due}
            </dd>
          </div>
        </dl>
        <p className="muted">
          {c.due === 0
            ? 'Nothing due yet: your first session is coming up.'
            : `${c.done} done, ${c.partial} partly done, ${c.skipped} skipped, ${c.missed} not logged of ${c.due} sessions so far.`}
        </p>
      </section>
      <FitnessChart plan={plan.data} races={races.data ?? []} />
      <VolumeCharts plan={plan.data} today={today} units={units} />
      <LadderChart plan={plan.data} units={units} />
      <RaceList races={races.data ?? []} today={today} />
      <AddRace today={today} />
    </section>
  );
}
