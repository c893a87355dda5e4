/**
 * The "log it" form as data: what the runner typed (strings, so nothing is lost mid-edit), filled from a
 * session and its log, and turned into the API's log body with every problem named per field.
 */
import { NAMED_DISTANCES, formatClock, formatDistance, formatPace, parseTimeS } from '@speedwork/core';
import type { ExerciseId, Intensity, Units } from '@speedwork/core';
import type { LogBody, LogDocument, SessionDocument } from '@speedwork/server/api-types';
import { parseRepTime, repTimeInput } from '../units/pace-display.js';
import { repLength } from './run-words.js';

export type LogStatus = LogBody['status'];

export interface SetEntry {
  done: boolean;
  reps: string;
  loadKg: string;
  durationS: string;
}

export interface LogFormState {
  status: LogStatus;
  rpe: number | undefined;
  notes: string;
  /** One entry per planned rep, as typed. */
  reps: string[];
  exercises: { id: ExerciseId; sets: SetEntry[] }[];
  /** A race or time trial's finishing time, as typed. */
  resultTime: string;
  /** With "Partly": how many of the planned reps were run (asked, never assumed). */
  repsDone?: number | undefined;
  /**
   * An easy or long run (or a run with no reps): how far, in the runner's units, and how long, as typed.
   * Saved as one rep of that distance and time, the shape core reads a run's pace from (R-ADA-4's note on
   * easy runs logged too fast). Optional: drafts kept before they existed have neither.
   */
  runDistance?: string;
  runTime?: string;
}

export interface PlannedRep {
  /** "Rep 3 · 200 m" */
  label: string;
  distanceM: number | undefined;
  durationS: number | undefined;
  targetSPerKm: number | undefined;
  /**
   * What the runner enters: the time of a rep of set length, or the distance covered in a rep of set time
   * (cruise intervals: 3 × 10 min at threshold).
   */
  measure: 'time' | 'distance';
}

const UNIT_M: Record<Units, number> = { km: 1000, mi: 1609.344 };

/**
 * The reps a runner logs, in order: track reps, hill repeats, and the work reps of tempo and interval
 * sessions (their easy running is not a rep). Races and time trials have a result instead.
 */
export function plannedReps(
  session: Pick<SessionDocument, 'type' | 'intervals'>,
  units: Units = 'km',
): PlannedRep[] {
  if (!['track', 'hills', 'tempo', 'intervals'].includes(session.type)) return [];
  const paced = session.type === 'tempo' || session.type === 'intervals';
  const reps: PlannedRep[] = [];
  for (const block of session.intervals ?? []) {
    if (paced && block.intensity === 'easy') continue;
    const measure = paced && block.distanceM === undefined ? 'distance' : 'time';
    const what =
      session.type === 'hills' && block.distanceM === undefined
        ? `${block.durationS ?? 0} s up`
        : repLength(block, units);
    for (let i = 0; i < block.repeat; i++) {
      reps.push({
        label: `Rep ${reps.length + 1} · ${what}`,
        distanceM: block.distanceM,
        durationS: block.durationS,
        targetSPerKm: block.targetSPerKm,
        measure,
      });
    }
  }
  return reps;
}

/**
 * Whether the form asks for the run's distance and time: easy and long runs, and tempo or interval runs
 * with no reps to time.
 */
export function takesRunEntry(
  session: Pick<SessionDocument, 'type' | 'intervals'>,
  units: Units = 'km',
): boolean {
  if (session.type === 'easy' || session.type === 'long') return true;
  return (
    (session.type === 'tempo' || session.type === 'intervals') && plannedReps(session, units).length === 0
  );
}

/** Paces a logged run cannot have: faster than any runner races (a slip such as 44 s for 44 min)… */
const FASTEST_RUN_S_PER_KM = 150;
/** …or slower than walking. */
const SLOWEST_RUN_S_PER_KM = 1200;

/** A distance typed in the runner's units ("2.1", "2,1 km"), in metres; undefined when it is not one. */
export function parseRepDistanceM(text: string, units: Units): number | undefined {
  const match = /^(\d{1,3}(?:[.,]\d{1,3})?)\s*(km|mi|miles?)?$/i.exec(text.trim());
  if (!match?.[1]) return undefined;
  const value = Number(match[1].replace(',', '.'));
  const unit = match[2]?.toLowerCase().startsWith('mi') ? 'mi' : match[2] ? 'km' : units;
  const metres = Math.round(value * UNIT_M[unit]);
  return metres > 0 && metres <= 100_000 ? metres : undefined;
}

/** A logged distance for the input, in the runner's units: "2.15". */
export function repDistanceInput(distanceM: number, units: Units): string {
  return String(Math.round((distanceM / UNIT_M[units]) * 100) / 100);
}

/** The distance of a race or time trial session, spelled as the races API takes it ("5k", "800m"). */
export function resultDistance(session: Pick<SessionDocument, 'type' | 'intervals'>): string | undefined {
  if (session.type !== 'race' && session.type !== 'time-trial') return undefined;
  const distanceM = session.intervals?.[0]?.distanceM;
  if (distanceM === undefined) return undefined;
  return (
    NAMED_DISTANCES.find((d) => Math.abs(d.distanceM - distanceM) < 0.5)?.name ?? `${Math.round(distanceM)}m`
  );
}

export function initialLogState(
  session: SessionDocument,
  log: LogDocument | null = session.log,
  units: Units = 'km',
): LogFormState {
  const reps = plannedReps(session, units);
  const isResult = resultDistance(session) !== undefined;
  const loggedResult = isResult ? log?.reps?.[0]?.timeS : undefined;
  return {
    status: log?.status ?? 'done',
    rpe: log?.rpe,
    notes: log?.notes ?? '',
    reps: reps.map((rep, i) => {
      const logged = log?.reps?.[i];
      if (rep.measure === 'distance')
        return logged?.distanceM === undefined ? '' : repDistanceInput(logged.distanceM, units);
      return logged?.timeS === undefined ? '' : repTimeInput(logged.timeS);
    }),
    exercises: (session.exercises ?? []).map((planned) => {
      const logged = log?.exercises?.find((e) => e.id === planned.id);
      const count = Math.max(planned.sets, logged?.sets.length ?? 0);
      return {
        id: planned.id,
        sets: Array.from({ length: count }, (_, i): SetEntry => {
          const set = logged?.sets[i];
          if (log && logged) {
            return {
              done: set !== undefined,
              reps: set?.reps === undefined ? '' : String(set.reps),
              loadKg: set?.loadKg === undefined ? '' : String(set.loadKg),
              durationS: set?.durationS === undefined ? '' : String(set.durationS),
            };
          }
          return {
            done: i < planned.sets && !log,
            reps: planned.reps ? String(planned.reps.max) : '',
            loadKg: '',
            durationS: planned.durationS === undefined ? '' : String(planned.durationS),
          };
        }),
      };
    }),
    resultTime: loggedResult === undefined ? '' : formatClock(loggedResult),
    ...runEntryOf(session, log, units),
  };
}

function runEntryOf(
  session: SessionDocument,
  log: LogDocument | null,
  units: Units,
): Pick<LogFormState, 'runDistance' | 'runTime'> {
  if (!takesRunEntry(session, units)) return {};
  const run = log?.reps?.[0];
  return {
    runDistance: run?.distanceM === undefined ? '' : repDistanceInput(run.distanceM, units),
    runTime: run?.timeS === undefined ? '' : formatClock(run.timeS),
  };
}

/**
 * The run's distance and time as the one rep the API keeps, or its problems named per field
 * (`runDistance`, `runTime`); nothing when neither was typed.
 */
function runRep(
  state: LogFormState,
  units: Units,
  problems: Map<string, string>,
): { distanceM?: number; timeS?: number } | undefined {
  const distanceText = (state.runDistance ?? '').trim();
  const timeText = (state.runTime ?? '').trim();
  const distanceM = distanceText === '' ? undefined : parseRepDistanceM(distanceText, units);
  const timeS = timeText === '' ? undefined : parseTimeS(timeText);
  if (distanceText !== '' && distanceM === undefined)
    problems.set(
      'runDistance',
      `Distance: “${distanceText}” is not a distance: type ${units === 'km' ? 'kilometres' : 'miles'} up to ${units === 'km' ? '100' : '62'}, such as 8.2.`,
    );
  if (timeText !== '' && timeS === undefined)
    problems.set(
      'runTime',
      `Time: “${timeText}” is not a time: type minutes and seconds, such as 44:00, or hours too, such as 1:05:30.`,
    );
  if (distanceM !== undefined && timeS !== undefined) {
    const sPerKm = (timeS * 1000) / distanceM;
    const said = `${distanceText} ${units} in ${timeText} is ${formatPace(sPerKm, units)}`;
    if (sPerKm < FASTEST_RUN_S_PER_KM)
      problems.set('runTime', `Time: ${said}, faster than anyone races. Check the distance and the time.`);
    else if (sPerKm > SLOWEST_RUN_S_PER_KM)
      problems.set('runTime', `Time: ${said}, slower than walking. Check the distance and the time.`);
  }
  if (distanceM === undefined && timeS === undefined) return undefined;
  return { ...(distanceM === undefined ? {} : { distanceM }), ...(timeS === undefined ? {} : { timeS }) };
}

export interface LogProblems {
  /** Field key (`reps.2`, `exercises.0.sets.1.reps`, `resultTime`) → message. */
  fields: Map<string, string>;
}

function wholeNumber(text: string, min: number, max: number): number | undefined | 'bad' {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed.replace(',', '.'));
  if (!Number.isFinite(value) || value < min || value > max) return 'bad';
  return value;
}

/**
 * The API body for the form, or the problems that keep it from being sent.
 * @example toLogBody(state, session) // { ok: true, body: { status: 'done', reps: [{ timeS: 27.4, distanceM: 100 }] } }
 */
export function toLogBody(
  state: LogFormState,
  session: SessionDocument,
  units: Units = 'km',
):
  | { ok: true; body: LogBody; result: { distance: string; time: string } | undefined }
  | { ok: false; problems: Map<string, string> } {
  const problems = new Map<string, string>();
  const body: LogBody = { status: state.status };
  if (state.rpe !== undefined) body.rpe = state.rpe;
  if (state.notes.trim() !== '') body.notes = state.notes.trim();
  const planned = plannedReps(session, units);
  const askDone = asksRepsDone(state, planned.length);
  if (askDone && state.repsDone === undefined)
    problems.set('repsDone', `How many of the ${planned.length} reps did you run? Pick a number.`);
  const runCount = askDone ? (state.repsDone ?? planned.length) : planned.length;
  const reps: NonNullable<LogBody['reps']> = [];
  state.reps.forEach((text, i) => {
    const rep = planned[i];
    if (i >= runCount) return;
    if (text.trim() === '') {
      // A hill repeat of set time that was run counts with its time, even untimed (core counts run reps by time).
      if (askDone && rep?.distanceM === undefined && rep?.durationS !== undefined && rep.measure === 'time')
        reps.push({ timeS: rep.durationS });
      else reps.push(rep?.distanceM === undefined ? {} : { distanceM: rep.distanceM });
      return;
    }
    if (rep?.measure === 'distance') {
      const distanceM = parseRepDistanceM(text, units);
      if (distanceM === undefined)
        problems.set(
          `reps.${i}`,
          `Rep ${i + 1}: “${text.trim()}” is not a distance: type ${units}, such as 2.1.`,
        );
      else reps.push(rep.durationS === undefined ? { distanceM } : { timeS: rep.durationS, distanceM });
      return;
    }
    const timeS = parseRepTime(text);
    if (timeS === undefined) {
      problems.set(
        `reps.${i}`,
        `Rep ${i + 1}: “${text.trim()}” is not a time: type seconds, such as 27.5, or minutes and seconds, such as 1:27.`,
      );
      return;
    }
    const distanceM = planned[i]?.distanceM;
    reps.push(distanceM === undefined ? { timeS } : { timeS, distanceM });
  });
  // Trailing reps with no time carry nothing; keep the ones before a timed rep so indexes line up.
  while (reps.length > 0 && reps[reps.length - 1]?.timeS === undefined) reps.pop();
  let result: { distance: string; time: string } | undefined;
  const distance = resultDistance(session);
  if (distance !== undefined && state.resultTime.trim() !== '') {
    const timeS = parseTimeS(state.resultTime);
    if (timeS === undefined)
      problems.set(
        'resultTime',
        `“${state.resultTime.trim()}” is not a time: type minutes and seconds, such as 25:00, or hours too, such as 1:45:30.`,
      );
    else {
      reps.splice(0, reps.length, { timeS, distanceM: session.intervals?.[0]?.distanceM ?? 0 });
      result = { distance, time: state.resultTime.trim() };
    }
  }
  if (takesRunEntry(session, units)) {
    const run = runRep(state, units, problems);
    if (run) reps.push(run);
  }
  if (reps.length > 0) body.reps = reps;
  if (state.exercises.length > 0) {
    body.exercises = state.exercises.map((exercise, e) => ({
      id: exercise.id,
      sets: exercise.sets.flatMap((set, s) => {
        if (!set.done) return [];
        const entry: { reps?: number; loadKg?: number; durationS?: number } = {};
        const reps = wholeNumber(set.reps, 0, 500);
        const load = wholeNumber(set.loadKg, 0, 500);
        const seconds = wholeNumber(set.durationS, 0, 3600);
        if (reps === 'bad' || (typeof reps === 'number' && !Number.isInteger(reps)))
          problems.set(
            `exercises.${e}.sets.${s}.reps`,
            `Set ${s + 1}: “${set.reps}” is not a number of reps: type a whole number from 0 to 500.`,
          );
        else if (reps !== undefined) entry.reps = reps;
        if (load === 'bad')
          problems.set(
            `exercises.${e}.sets.${s}.loadKg`,
            `Set ${s + 1}: “${set.loadKg}” is not a load: type kilograms from 0 to 500.`,
          );
        else if (load !== undefined) entry.loadKg = load;
        if (seconds === 'bad')
          problems.set(
            `exercises.${e}.sets.${s}.durationS`,
            `Set ${s + 1}: “${set.durationS}” is not a duration: type seconds from 0 to 3600.`,
          );
        else if (seconds !== undefined) entry.durationS = seconds;
        return [entry];
      }),
    }));
  }
  if (problems.size > 0) return { ok: false, problems };
  if (state.status === 'skipped') {
    delete body.reps;
    delete body.exercises;
    return { ok: true, body, result: undefined };
  }
  return { ok: true, body, result };
}

/** "Partly" on a session of several reps asks how many were run. */
export function asksRepsDone(state: Pick<LogFormState, 'status'>, plannedCount: number): boolean {
  return state.status === 'partial' && plannedCount > 1;
}

export const LOG_STATUS_LABEL: Record<LogStatus, string> = {
  done: 'Done',
  partial: 'Partly',
  skipped: 'Skipped',
  pain: 'Pain',
  ill: 'Ill',
};

/**
 * A log in one line, to set two logs side by side; a run (given its session) by its distance and time.
 * @example logSummary({ status: 'partial', rpe: 7, reps: [{ timeS: 31 }], notes: 'Windy' }) // 'Partly · effort 7 · 1 rep timed · “Windy”'
 * @example logSummary({ status: 'done', reps: [{ distanceM: 8000, timeS: 2640 }] }, easy) // 'Done · 8 km in 44:00'
 */
export function logSummary(
  log: LogBody,
  session?: Pick<SessionDocument, 'type' | 'intervals'>,
  units: Units = 'km',
): string {
  const timed = (log.reps ?? []).filter((r) => r.timeS !== undefined).length;
  const sets = (log.exercises ?? []).reduce((n, e) => n + e.sets.length, 0);
  const run = session && takesRunEntry(session, units) ? log.reps?.[0] : undefined;
  const runWords = [
    run?.distanceM === undefined ? '' : formatDistance(run.distanceM, units),
    run?.timeS === undefined ? '' : formatClock(run.timeS),
  ]
    .filter(Boolean)
    .join(' in ');
  return [
    LOG_STATUS_LABEL[log.status],
    log.rpe === undefined ? '' : `effort ${log.rpe}`,
    run ? runWords : timed > 0 ? `${timed} ${timed === 1 ? 'rep' : 'reps'} timed` : '',
    sets > 0 ? `${sets} ${sets === 1 ? 'set' : 'sets'}` : '',
    log.notes ? `“${log.notes.length > 60 ? `${log.notes.slice(0, 59)}…` : log.notes}”` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** A rep time under half or over twice its target is asked about before saving (issue 14 bug 10). */
const FAR_OFF_RATIO = 2;
/** A suggested reading must land this close to the target to be offered. */
const SUGGESTION_RATIO = 1.35;

export interface FarOffRep {
  index: number;
  typed: string;
  targetS: number;
  /** The same digits read another way ("2:05" → "20.5"), when that reading is near the target. */
  suggestion: string | undefined;
}

/**
 * Rep times far from the rep's target, likely a slip ("2:05" typed for a 100 m rep aimed at 17 s), each
 * with the reading of the same digits that comes closest to the target, if one comes close.
 * @example farOffReps({ ...state, reps: ['2:05'] }, hundreds)[0]?.suggestion // '20.5'
 */
export function farOffReps(state: LogFormState, session: SessionDocument, units: Units = 'km'): FarOffRep[] {
  const planned = plannedReps(session, units);
  const found: FarOffRep[] = [];
  state.reps.forEach((text, index) => {
    const rep = planned[index];
    if (rep?.measure !== 'time' || rep.distanceM === undefined || rep.targetSPerKm === undefined) return;
    const typedS = parseRepTime(text);
    if (typedS === undefined) return;
    const targetS = (rep.distanceM * rep.targetSPerKm) / 1000;
    if (typedS <= targetS * FAR_OFF_RATIO && typedS >= targetS / FAR_OFF_RATIO) return;
    const digits = text.replace(/\D/g, '');
    const readings = Array.from({ length: digits.length }, (_, k) => Number(digits) / 10 ** k).filter(
      (s) => s > 0 && s !== typedS && s <= targetS * SUGGESTION_RATIO && s >= targetS / SUGGESTION_RATIO,
    );
    const closest = readings.sort((a, b) => Math.abs(a - targetS) - Math.abs(b - targetS))[0];
    found.push({
      index,
      typed: text.trim(),
      targetS,
      suggestion: closest === undefined ? undefined : repTimeInput(closest),
    });
  });
  return found;
}

export interface RepResult {
  label: string;
  targetS: number;
  actualS: number;
  /** Actual minus target: positive is slower. */
  differenceS: number;
  /** The pace the rep was run at, s/km. */
  actualSPerKm: number;
}

/**
 * Each timed rep beside its target, for the "how it went" view after a log: the planned reps of fixed
 * distance with a target pace, paired with the log's times in order.
 * @example repResults(track, log)[0] // { label: 'Rep 1 · 200 m', targetS: 44, actualS: 43.1, differenceS: -0.9, ... }
 */
export function repResults(
  session: SessionDocument,
  log: Pick<LogDocument, 'reps'> | null,
  units: Units = 'km',
): RepResult[] {
  const planned = plannedReps(session, units);
  return (log?.reps ?? []).flatMap((rep, i) => {
    const plan = planned[i];
    if (!plan || rep.timeS === undefined || plan.distanceM === undefined || plan.targetSPerKm === undefined)
      return [];
    const targetS = (plan.distanceM * plan.targetSPerKm) / 1000;
    return [
      {
        label: plan.label,
        targetS,
        actualS: rep.timeS,
        differenceS: Math.round((rep.timeS - targetS) * 10) / 10,
        actualSPerKm: (rep.timeS / plan.distanceM) * 1000,
      },
    ];
  });
}

/** What a run was meant to be run at: one intensity's band, or the whole run's average where it mixes paces. */
export type RunTarget =
  | { kind: 'band'; range: readonly [number, number]; intensity: Intensity }
  | { kind: 'average'; sPerKm: number };

export interface RunResult {
  distanceM: number;
  timeS: number;
  sPerKm: number;
  target: RunTarget | undefined;
  /** Where the run's pace sits against the target. */
  against: 'faster' | 'within' | 'slower' | undefined;
}

/** A mixed run's average counts as on target this close either side (the segments shift it). */
const AVERAGE_TOLERANCE = 0.03;

function runTarget(session: SessionDocument): RunTarget | undefined {
  const blocks = session.intervals ?? [];
  const intensities = new Set(blocks.map((b) => b.intensity));
  const [only] = intensities;
  const paced = blocks.find((b) => b.targetSPerKm !== undefined);
  if (intensities.size === 1 && only !== undefined && paced?.targetSPerKm !== undefined)
    return {
      kind: 'band',
      range: paced.targetRangeSPerKm ?? [paced.targetSPerKm, paced.targetSPerKm],
      intensity: only,
    };
  if (session.plannedDistanceM === undefined || session.plannedDistanceM <= 0) return undefined;
  return { kind: 'average', sPerKm: (session.plannedDurationS * 1000) / session.plannedDistanceM };
}

/**
 * A logged run (distance and time) beside the pace it was meant for, for the "how it went" view.
 * @example runResult(easy, { reps: [{ distanceM: 8000, timeS: 2640 }] })?.sPerKm // 330
 */
export function runResult(
  session: SessionDocument,
  log: Pick<LogDocument, 'reps'> | null,
  units: Units = 'km',
): RunResult | undefined {
  if (!takesRunEntry(session, units)) return undefined;
  const run = log?.reps?.[0];
  if (run?.distanceM === undefined || run.timeS === undefined || run.distanceM <= 0) return undefined;
  const sPerKm = (run.timeS * 1000) / run.distanceM;
  const target = runTarget(session);
  // A band's ends are whole seconds: within a second of them counts as in it.
  const [fast, slow] =
    target === undefined
      ? [undefined, undefined]
      : target.kind === 'band'
        ? [target.range[0] - 1, target.range[1] + 1]
        : [target.sPerKm * (1 - AVERAGE_TOLERANCE), target.sPerKm * (1 + AVERAGE_TOLERANCE)];
  const against =
    fast === undefined || slow === undefined
      ? undefined
      : sPerKm < fast
        ? 'faster'
        : sPerKm > slow
          ? 'slower'
          : 'within';
  return { distanceM: run.distanceM, timeS: run.timeS, sPerKm, target, against };
}
