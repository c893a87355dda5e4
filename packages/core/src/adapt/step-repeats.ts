/**
 * Progressions that wait for the runner (R-ADA-3, R-ADA-4, COACHING 7.2): a track, hill, tempo or interval
 * session that was missed, or run too slow or too hard, is repeated by the next one of its kind instead of
 * climbing; after pain or illness the first one back is one step lower. The later steps come one session
 * later, absorbed where the plan already repeats a step (beginner holds, the top rung), so the plan keeps its
 * shape. Taper sessions keep theirs. Running this on its own output changes nothing.
 */
import type { Session, SessionType } from '../plan/plan-types.js';
import { capitalize } from '../prescription/capitalize.js';
import { addChange, replaceFuture, sessionWhat, structuredCopy, type AdaptDraft } from './adapt-draft.js';
import { onWhen, possessiveWhen, whenWords } from './adapt-dates.js';
import type { SickSpell } from './eased-runs.js';
import { becauseWords, type SessionOutcome } from './session-outcome.js';

const PROGRESSIONS: readonly SessionType[] = ['track', 'hills', 'tempo', 'intervals'];

/**
 * What makes a step a step: hills climb by repeats (the grade rotates on its own), the rest by their reps.
 * Jog recoveries are left out: they only shrink along the plan (R-INT-4), whichever step comes back.
 */
export function stepKey(session: Session): string {
  if (session.type === 'hills') return String(session.intervals?.[0]?.repeat ?? 0);
  const blocks = (session.intervals ?? []).map((i) => [
    i.repeat,
    i.distanceM,
    i.durationS,
    i.sprintM,
    i.intensity,
    i.recovery?.type,
  ]);
  return JSON.stringify([session.ladderRung, blocks]);
}

interface Redo {
  source: Session;
  /** Why it comes back, said of the session that brings it back and the step it would have been. */
  why: (slot: Session, instead: Session) => string;
}

/** The steps the runner still owes, oldest first, for one kind of session. */
function stepsToRedo(past: readonly SessionOutcome[], spell: SickSpell | undefined, today: string): Redo[] {
  let lastAchieved = -1;
  past.forEach((o, i) => {
    if (o.outcome === 'achieved' || o.outcome === 'open') lastAchieved = i;
  });
  const redo: Redo[] = [];
  const achieved = past[lastAchieved];
  if (achieved && spell && spell.outcome.day > achieved.day) {
    const sick = spell.outcome;
    redo.push({
      source: achieved.session,
      why: (slot, instead) =>
        `You ${sick.log?.status === 'ill' ? 'were ill' : 'logged pain'} ${onWhen(sick.session.date, today)}, ` +
        `so hard running comes back one step lower: ${whenWords(slot.date, today)} is ` +
        `${sessionWhat(achieved.session)} instead of ${sessionWhat(instead)}.`,
    });
  }
  for (const o of past.slice(lastAchieved + 1)) {
    redo.push({
      source: o.session,
      why: (slot, instead) => {
        const name = `${possessiveWhen(o.session.date, today)} ${sessionWhat(o.session)}`;
        const verb = o.outcome === 'held' ? 'holds that step' : 'repeats it';
        return `${capitalize(becauseWords(o, name))}, so ${whenWords(slot.date, today)} ${verb} instead of moving to ${sessionWhat(instead)}.`;
      },
    });
  }
  // Consecutive copies of one step are one step to redo.
  return redo.filter((r, i) => i === 0 || stepKey(r.source) !== stepKey(redo[i - 1]?.source ?? r.source));
}

/** Metres of reps in a track session: what R-INT-4's 1.5 × rule compares. */
export function trackTotalM(session: Session): number {
  return (session.intervals ?? []).reduce((sum, i) => sum + i.repeat * (i.distanceM ?? 0), 0);
}

/**
 * The latest planned step (after the `owed` ones, which stay) among the first `keep + 1` that can go without
 * the next one growing more than 1.5 × the largest before it; undefined when none can.
 */
function skippableStep(
  steps: readonly Session[],
  pastLargestM: number,
  keep: number,
  owed: number,
): number | undefined {
  const last = Math.min(steps.length - 1, keep);
  for (let i = last - 1; i >= Math.max(1, owed); i--) {
    const largestBefore = Math.max(pastLargestM, ...steps.slice(0, i).map(trackTotalM));
    const after = steps[i + 1];
    if (after && trackTotalM(after) <= 1.5 * largestBefore) return i;
  }
  return undefined;
}

/** The session in `slot`'s place with the step of `step`. */
export function withStep(slot: Session, step: Session): Session {
  if (slot.type === 'hills') {
    const interval = slot.intervals?.[0];
    const repeat = step.intervals?.[0]?.repeat;
    if (!interval || repeat === undefined || repeat === interval.repeat) return slot;
    const extra = repeat - interval.repeat;
    const repS = (interval.durationS ?? 0) + (interval.recovery?.durationS ?? 0);
    const next: Session = {
      ...slot,
      title: slot.title.replace(`${interval.repeat} ×`, `${repeat} ×`),
      intervals: [{ ...interval, repeat }, ...(slot.intervals ?? []).slice(1)],
      plannedDurationS: slot.plannedDurationS + extra * repS,
    };
    if (slot.plannedDistanceM !== undefined && slot.plannedDurationS > 0)
      next.plannedDistanceM = Math.round(
        slot.plannedDistanceM * (next.plannedDurationS / slot.plannedDurationS),
      );
    return next;
  }
  const { id, date, week, phase, deload, technique, type } = slot;
  const copy: Session = { ...structuredCopy(step), id, date, week, phase, deload, technique, type };
  if (step.notes === undefined) delete copy.notes;
  return keepDistance(copy, slot);
}

/**
 * The step's session with the slot's planned distance, the cool-down jog making up the difference, so the
 * week keeps its running distance (R-VOL-2, R-REC-3/4) whichever step lands in it.
 */
function keepDistance(copy: Session, slot: Session): Session {
  const cooldown = copy.cooldown;
  if (slot.plannedDistanceM === undefined || copy.plannedDistanceM === undefined || !cooldown) return copy;
  const extraM = slot.plannedDistanceM - copy.plannedDistanceM;
  if (extraM === 0 || cooldown.jogM + extraM < 400) return copy;
  // The jog's time at the session's average pace: close enough for a planned duration.
  const sPerKm = copy.plannedDistanceM > 0 ? copy.plannedDurationS / (copy.plannedDistanceM / 1000) : 0;
  return {
    ...copy,
    cooldown: { ...cooldown, jogM: Math.round(cooldown.jogM + extraM) },
    plannedDistanceM: slot.plannedDistanceM,
    plannedDurationS: Math.round(copy.plannedDurationS + (extraM * sPerKm) / 1000),
  };
}

/** Jog recoveries on the track never grow again (R-INT-4), also when an earlier step comes back. */
function keepRecoveriesShrinking(draft: AdaptDraft, pastTrack: readonly Session[]): void {
  let shortestS = Infinity;
  for (const s of pastTrack)
    shortestS = Math.min(shortestS, s.intervals?.[0]?.recovery?.durationS ?? Infinity);
  for (const session of draft.future) {
    if (session.type !== 'track' || session.phase === 'taper') continue;
    const interval = session.intervals?.[0];
    const recovery = interval?.recovery;
    if (!interval || !recovery) continue;
    if (recovery.durationS > shortestS) {
      const cutS = recovery.durationS - shortestS;
      replaceFuture(draft, {
        ...session,
        intervals: [
          { ...interval, recovery: { ...recovery, durationS: shortestS } },
          ...(session.intervals ?? []).slice(1),
        ],
        plannedDurationS: session.plannedDurationS - cutS * Math.max(0, interval.repeat - 1),
      });
    } else shortestS = recovery.durationS;
  }
}

/**
 * Repeats missed or held steps in every progression.
 * @example repeatMissedSteps(draft, outcomes, spell) // draft.future's next track session repeats a skipped step
 */
export function repeatMissedSteps(
  draft: AdaptDraft,
  outcomes: readonly SessionOutcome[],
  spell: SickSpell | undefined,
): void {
  for (const type of PROGRESSIONS) {
    const past = outcomes.filter((o) => o.session.type === type);
    // The plan's sequence ahead, eased sessions included as they were: their steps still wait for the runner.
    const ahead = draft.future
      .map((slot) => ({ slot, step: draft.eased.get(slot.id) ?? slot }))
      .filter(({ step }) => step.type === type && step.phase !== 'taper');
    const slots = ahead.filter(({ slot }) => slot.type === type).map(({ slot }) => slot);
    const eased = ahead.filter(({ slot }) => slot.type !== type).length;
    if (slots.length === 0) continue;
    const redo = stepsToRedo(past, spell, draft.today);
    if (redo.length === 0 && eased === 0) continue;
    // Slots that already hold the owed steps (an earlier adaptation) stay; matching stops at an eased session.
    let matched = 0;
    while (
      matched < redo.length &&
      ahead[matched]?.slot.type === type &&
      stepKey(ahead[matched]?.slot as Session) === stepKey(redo[matched]?.source as Session)
    )
      matched++;
    if (matched === redo.length && eased === 0) continue;
    const queue: { step: Session; why?: Redo['why'] }[] = [
      ...redo.slice(matched).map((r) => ({ step: r.source, why: r.why })),
      ...ahead.slice(matched).map(({ step }) => ({ step })),
    ];
    const targets = slots.slice(matched);
    // Absorb the extra steps where the plan repeats a step anyway, then where the ladder may skip a step
    // (R-INT-4's 1.5 × rule), and only then at the end: the plan keeps reaching its top.
    let surplus = queue.length - targets.length;
    for (let i = 1; i < queue.length && surplus > 0;) {
      const here = queue[i] as { step: Session; why?: Redo['why'] };
      if (
        here.why === undefined &&
        stepKey(here.step) === stepKey((queue[i - 1] as { step: Session }).step)
      ) {
        queue.splice(i, 1);
        surplus--;
      } else i++;
    }
    if (type === 'track') {
      const pastLargestM = Math.max(0, ...past.map((o) => trackTotalM(o.session)));
      while (surplus > 0) {
        const owed = redo.length - matched;
        const skippable = skippableStep(
          queue.map((q) => q.step),
          pastLargestM,
          queue.length - surplus,
          owed,
        );
        if (skippable === undefined) break;
        queue.splice(skippable, 1);
        surplus--;
      }
    }
    queue.length = targets.length;
    queue.forEach((item, i) => {
      const slot = targets[i] as Session;
      const next = withStep(slot, item.step);
      if (stepKey(next) === stepKey(slot)) return;
      const why = item.why
        ? item.why(slot, slot)
        : `The steps after it move one session on, so this is ${sessionWhat(next)} instead of ${sessionWhat(slot)}.`;
      next.why = why;
      replaceFuture(draft, next);
      if (type !== 'hills') draft.moved.add(next.id);
      addChange(draft, slot, item.why ? 'step repeated' : 'step moved', slot.title, next.title, why);
    });
  }
  keepRecoveriesShrinking(
    draft,
    outcomes.filter((o) => o.session.type === 'track' && o.session.phase !== 'taper').map((o) => o.session),
  );
}
