/**
 * `adaptPlan`: the plan follows what the runner really did (SPEC R-ADA-1..6). It works on the plan JSON, never
 * regenerates it: sessions on or before today come back as they were; the ones after today are re-paced from
 * the latest race or time trial, eased after races and while pain or illness lasts, repeat the steps that were
 * missed or held, and rebuild volume after a gap. Every change says session, before → after and why.
 *
 * Pure and deterministic, and stable on its own output: it reads its evidence from the plan's own race and the
 * logs, so adapting an adapted plan with the same logs changes nothing.
 */
import type { Plan, Session } from '../plan/plan-types.js';
import { formatPace } from '../units/pace-format.js';
import { capitalize } from '../prescription/capitalize.js';
import { paceRange } from '../prescription/pace-words.js';
import type { AdaptedPlan, PlanChange, RaceEntry, SessionLog } from './adapt-types.js';
import { addChange, newDraft, replaceFuture, type AdaptDraft } from './adapt-draft.js';
import { dayOf, possessiveWhen, shortDate } from './adapt-dates.js';
import { currentFitness, type Fitness } from './current-fitness.js';
import { easeAfterRaces, easeWhileSick, latestSickSpell, type SickSpell } from './eased-runs.js';
import { newFutureViolations } from './rule-guard.js';
import { loggedRunPaceSPerKm, pastOutcomes, type SessionOutcome } from './session-outcome.js';
import { currentPacing, mainTargetSPerKm, pacingFor, repaceSession, type Pacing } from './session-pacing.js';
import { repeatMissedSteps } from './step-repeats.js';
import { findGap, type GapRebuild } from './training-gap.js';
import { rebuildVolume } from './volume-rebuild.js';
import { capLongRunsAfterMiss } from './long-run-after-miss.js';
import { trimTaper } from './taper-trim.js';
import { keepVolumeLegal } from './volume-guards.js';
import { updatedWeeks } from './week-totals.js';

/** The kinds of change, in the order they are given up when together they would break a rule. */
const STEPS = ['race-pace', 'progression', 'race-ease', 'volume', 'paces', 'sick-ease'] as const;
type Step = (typeof STEPS)[number];

/** Easy runs logged this much faster than the fast end of easy pace get a note (R-ADA-4). */
const EASY_TOO_FAST_RATIO = 0.97;
/** Notes look back this far, so an old fast run is not mentioned again on every revision. */
const NOTE_DAYS = 7;

interface Evidence {
  outcomes: SessionOutcome[];
  gap: GapRebuild | undefined;
  fitness: Fitness;
  spell: SickSpell | undefined;
  races: readonly RaceEntry[];
}

/**
 * The plan adapted to the logs and races up to `today` (YYYY-MM-DD), with the changes in the runner's words.
 * @example adaptPlan(plan, [{ sessionId: '2026-12-15-track', status: 'skipped' }], [], '2026-12-18').changes[0].why
 * // "You skipped Tuesday's 4 × 150 m (50 m flat out), so Saturday repeats it instead of moving to ..."
 */
export function adaptPlan(
  plan: Plan,
  logs: readonly SessionLog[],
  races: readonly RaceEntry[],
  today: string,
): AdaptedPlan {
  const todayDay = dayOf(today);
  const outcomes = pastOutcomes(plan.sessions, logs, todayDay, (s) => dayOf(s.date));
  const gap = findGap(plan, outcomes, todayDay);
  const evidence: Evidence = {
    outcomes,
    gap,
    fitness: currentFitness(plan, races, outcomes, gap, todayDay),
    spell: latestSickSpell(outcomes),
    races,
  };
  const notes = easyRunNotes(plan, outcomes, todayDay);
  const all = build(plan, today, evidence, new Set());
  if (all.changes.length === 0) return { plan, changes: notes };
  if (newFutureViolations(plan, all.plan, todayDay).length === 0)
    return { plan: all.plan, changes: [...all.changes, ...notes] };

  // Together the changes break a rule: give up as few kinds of change as it takes, the least urgent first.
  const pairs = STEPS.flatMap((a, i) => STEPS.slice(i + 1).map((b) => [a, b]));
  const attempts: Step[][] = [
    ...STEPS.map((s) => [s]),
    ...pairs,
    ...STEPS.map((_, i) => STEPS.slice(0, i + 1)),
  ];
  for (const dropped of attempts) {
    const tried = build(plan, today, evidence, new Set(dropped));
    const broken = newFutureViolations(plan, tried.plan, todayDay);
    if (broken.length === 0)
      return { plan: tried.plan, changes: [...tried.changes, ...keptNotes(plan, all, dropped), ...notes] };
  }
  return { plan, changes: [...keptNotes(plan, all, STEPS), ...notes] };
}

function keptNotes(plan: Plan, all: { changes: PlanChange[] }, dropped: readonly Step[]): PlanChange[] {
  const first = all.changes[0];
  if (!first) return [];
  const words: Record<Step, string> = {
    'race-pace': 'a new race pace',
    paces: 'new paces',
    volume: 'shorter runs after your break',
    progression: 'repeated steps',
    'race-ease': 'easy days after your race',
    'sick-ease': 'easy days while you are unwell',
  };
  return [
    {
      sessionId: first.sessionId,
      date: first.date,
      what: 'note',
      before: '',
      after: '',
      why:
        `The plan could not also give you ${dropped.map((d) => words[d]).join(', ')} without breaking one of its ` +
        `rules for the weeks ahead (rest days, hard days apart, gradual steps), so those wait for your next log. ` +
        `Listen to your body in the meantime.`,
    },
  ];
}

function build(plan: Plan, today: string, evidence: Evidence, dropped: ReadonlySet<Step>): AdaptedPlan {
  const draft = newDraft(plan, today);
  const before = currentPacing(plan);
  const fresh = dropped.has('paces') ? before : newPacing(plan, before, evidence.fitness, draft.todayDay);
  // The plan's race pace can stay while the other paces move (R-REC-6 reads it from the plan's own race).
  const pacing =
    dropped.has('race-pace') && fresh.racePaceSPerKm !== before.racePaceSPerKm
      ? { ...fresh, racePaceSPerKm: before.racePaceSPerKm, goalPace: before.goalPace }
      : fresh;
  if (!dropped.has('race-ease')) easeAfterRaces(draft, evidence.races, pacing);
  if (!dropped.has('sick-ease')) easeWhileSick(draft, evidence.spell, pacing);
  if (!dropped.has('progression')) repeatMissedSteps(draft, evidence.outcomes, evidence.spell);
  if (!dropped.has('volume')) {
    rebuildVolume(draft, evidence.gap, evidence.outcomes);
    capLongRunsAfterMiss(draft, evidence.outcomes);
  }
  repace(draft, pacing, before, evidence.fitness);
  if (draft.changes.length === 0) return { plan, changes: [] };
  keepVolumeLegal(draft);
  let adapted = assemble(plan, draft, pacing);
  if (trimTaper(draft, adapted)) adapted = assemble(plan, draft, pacing);
  return { plan: adapted, changes: draft.changes };
}

function assemble(plan: Plan, draft: AdaptDraft, pacing: Pacing): Plan {
  const futureById = new Map(draft.future.map((s) => [s.id, s]));
  const sessions = plan.sessions.map((s) => futureById.get(s.id) ?? s);
  return {
    ...plan,
    paces: pacing.report,
    racePaceSPerKm: pacing.racePaceSPerKm,
    weeks: updatedWeeks(plan, plan.sessions, sessions),
    sessions,
  };
}

/** `before` itself when the paces stay: `repace` tells "no new paces" by identity. */
function newPacing(plan: Plan, before: Pacing, fitness: Fitness, todayDay: number): Pacing {
  if (fitness.vdot === fitness.baseline && fitness.vdot === plan.paces.vdot) return before;
  const endDay =
    plan.profile.raceDate !== undefined
      ? dayOf(plan.profile.raceDate)
      : dayOf(plan.profile.start) + plan.profile.weeks * 7 - 1;
  const next = pacingFor(plan, fitness.vdot, (endDay - todayDay) / 7);
  const same = next.report.vdot === before.report.vdot && next.racePaceSPerKm === before.racePaceSPerKm;
  return same ? before : next;
}

/** "Track: 4 × 150 m at 4:31/km"; a title that already names its pace ("Marathon pace: 16 km at 5:11/km") keeps just that. */
function paceWords(session: Session, units: 'km' | 'mi'): string {
  const target = mainTargetSPerKm(session);
  if (target === undefined) return session.title;
  const pace = formatPace(target, units);
  const named = /\d+:\d\d\/(km|mi)/;
  return named.test(session.title) ? session.title.replace(named, pace) : `${session.title} at ${pace}`;
}

/** Sets the targets of the sessions ahead from the new paces, and of every session that took another's step. */
function repace(draft: AdaptDraft, pacing: Pacing, before: Pacing, fitness: Fitness): void {
  const changed = pacing !== before;
  const units = draft.plan.profile.units;
  // No new result behind the change: the goal is judged against the weeks left. With fewer of them it may
  // drift out of reach (race pace slows to your fitness); a goal that comes back within reach says so itself.
  const evidence = fitness.reasons[fitness.reasons.length - 1];
  const reason =
    evidence ?? 'with fewer weeks left, your goal is judged against what those weeks can still bring';
  const lead =
    evidence === undefined && pacing.racePaceSPerKm < before.racePaceSPerKm ? '' : `${capitalize(reason)}.`;
  const goalWords =
    pacing.goalPace && pacing.racePaceSPerKm === before.racePaceSPerKm
      ? ' Hills and race-pace reps keep your goal pace, which is still realistic.'
      : pacing.racePaceSPerKm !== before.racePaceSPerKm
        ? pacing.goalPace
          ? ` Your goal now looks within reach, so hills and race-pace reps move to its pace: ${formatPace(pacing.racePaceSPerKm, units)}.`
          : ` Race-pace work follows your fitness now: ${formatPace(pacing.racePaceSPerKm, units)}.`
        : '';
  let firstEasy: Session | undefined;
  for (const session of [...draft.future]) {
    if (!changed && !draft.moved.has(session.id)) continue;
    const next = repaceSession(session, pacing, before);
    if (next === session || JSON.stringify(next.intervals) === JSON.stringify(session.intervals)) continue;
    replaceFuture(draft, next);
    if (!changed) continue;
    if (session.type === 'easy' || session.type === 'long') {
      firstEasy ??= session;
      continue;
    }
    const why = `${lead}${goalWords}`.trim();
    addChange(draft, session, 'paces', paceWords(session, units), paceWords(next, units), why);
  }
  if (firstEasy && changed) {
    addChange(
      draft,
      firstEasy,
      'paces',
      `easy runs at ${paceRange(before.report.paces.easySPerKm, units)}`,
      `easy runs at ${paceRange(pacing.report.paces.easySPerKm, units)}`,
      `From ${shortDate(firstEasy.date)} on, every easy and long run follows your new fitness: ${reason}.`,
    );
  }
}

/** R-ADA-4: easy runs of the last week logged faster than easy pace get a note; the plan does not change. */
function easyRunNotes(plan: Plan, outcomes: readonly SessionOutcome[], todayDay: number): PlanChange[] {
  const units = plan.profile.units;
  const notes: PlanChange[] = [];
  for (const o of outcomes) {
    // Easy runs, and long runs that are easy all the way (a long run with a faster part averages faster).
    const allEasy = (o.session.intervals ?? []).every((i) => i.intensity === 'easy');
    const kind =
      o.session.type === 'easy' ? 'easy run' : o.session.type === 'long' && allEasy ? 'long run' : '';
    if (!kind || !o.log || o.day <= todayDay - NOTE_DAYS) continue;
    const range =
      o.session.intervals?.find((i) => i.targetRangeSPerKm)?.targetRangeSPerKm ?? plan.paces.paces.easySPerKm;
    const pace = loggedRunPaceSPerKm(o.log);
    if (pace === undefined || pace >= range[0] * EASY_TOO_FAST_RATIO) continue;
    notes.push({
      sessionId: o.session.id,
      date: o.session.date,
      what: 'note',
      before: `${formatPace(pace, units)} logged`,
      after: `easy is ${paceRange(range, units)}`,
      why:
        `${possessiveWhen(o.session.date, plan.sessions.find((s) => dayOf(s.date) > todayDay)?.date ?? o.session.date)} ${kind} was faster than easy pace. ` +
        (kind === 'easy run'
          ? 'Easy running builds the base and leaves your legs fresh for the quality days; nothing in the plan changes.'
          : 'The long run builds endurance at an easy effort; run faster, it takes from the days after it. Nothing in the plan changes.'),
    });
  }
  return notes;
}
