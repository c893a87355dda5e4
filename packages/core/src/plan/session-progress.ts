/**
 * The progressions a plan carries from one session to the next, in the order the runner meets them: the
 * track ladder and its variants past the top (R-INT-3/4, R-QUA-2), hill repeats (R-INT-5), threshold,
 * interval and race-pace steps (R-QUA-1/2), the long run (R-LNG-1) and the strength rotation (R-STR-*).
 */
import type { Profile } from '../profile/profile-types.js';
import { raceTimeSForVdot } from '../paces/vdot.js';
import { FIRST_HILL_REPEATS, hillGrade, maxHillRepeats } from './hill-repeats.js';
import { LONG_RUN_GOAL_M, longRunDurationCapS } from './race-profile.js';
import { intervalSession, marathonPaceSession, racePaceSession, thresholdSession } from './race-specific.js';
import { hillSession, timeTrialSession, trackSession } from './running-sessions.js';
import type { RunContext, SessionBody, TimeTrialWeek, TrackStep } from './running-sessions.js';
import type { Season } from './season-blueprint.js';
import type { QualityKind } from './week-menu.js';
import { easyMidSPerKm } from './session-distance.js';
import { MIN_RUN_S } from './week-volume.js';
import { strengthDurationS, strengthExercises, strengthTitle } from './strength-session.js';
import {
  TOP_RUNG,
  TOP_VARIANTS,
  ladderRung,
  rungWorkout,
  sessionsPerRung,
  startRung,
  workoutTotalM,
} from './track-ladder.js';
import type { TrackWorkout } from './track-ladder.js';
import type { Session } from './plan-types.js';
import { foundationStrengthSessions } from './foundation.js';
import { longRunStepCapM } from './rule-limits.js';

/** The rung R-INT-4 lets a tight plan skip: 1,200 m to 1,800 m is still only 1.5 ×, with no longer jog. */
const SKIPPABLE_RUNG = 7;
/** Time trials are run over the goal distance, up to 5K: longer efforts cost a week of training. */
const MAX_TIME_TRIAL_M = 5000;
const TIME_TRIAL_DISTANCES_M = [1500, 1609.344, 3000, 5000] as const;
/** A taper track session keeps this share of the last full session's reps (COACHING §5.2: about 70 %)... */
const SHARPENER_REPS_SHARE = 0.7;
/** ...and at least this many, where the last session had them. */
const SHARPENER_MIN_REPS = 3;
/** Race week: longer reps shorten to this before reps are dropped (COACHING §5.2: 4–5 × 200–300 m). */
const SHARPENER_SHORT_REP_M = 200;

export type TrackMode = 'normal' | 'deload' | 'sharpen';

export class SessionProgress {
  strengthSessions = 0;
  trackSessions = 0;
  hillSessions = 0;
  thresholdSessions = 0;
  intervalSessions = 0;
  racePaceSessions = 0;
  marathonSessions = 0;
  timeTrials = 0;
  /** The plan week of the latest time trial (0 before the first). */
  lastTrialWeek = 0;
  /** A time trial a deload week could not hold, run in the next building week instead. */
  timeTrialOwed = false;
  /** Build and peak weeks since the foundation: what the second quality day alternates on. */
  qualityWeeks = 0;
  /** The last building or peak week's second quality day, time trials aside: what the next one alternates with. */
  lastSecond: QualityKind | undefined;
  /** Whether the last building week held threshold work (R-QUA-1). */
  thresholdLastWeek = true;
  /** Running per plan week so far, the biggest of them, and the longest easy run (R-VOL-2, the taper's caps). */
  readonly weekRunM = new Map<number, number>();
  largestWeekM = 0;
  longestEasyM = 0;

  /** Keeps the week's totals once it is planned. */
  recordWeek(week: number, sessions: readonly Session[]): void {
    let runM = 0;
    for (const s of sessions) {
      if (s.type === 'race' || s.type === 'strength') continue;
      runM += s.plannedDistanceM ?? 0;
      if (s.type === 'easy') this.longestEasyM = Math.max(this.longestEasyM, s.plannedDistanceM ?? 0);
    }
    this.weekRunM.set(week, runM);
    this.largestWeekM = Math.max(this.largestWeekM, runM);
  }

  /** The longest long run planned so far, and the last one of a building week. */
  longestLongM = 0;
  lastBuildLongM = 0;
  private rung: number;
  private sessionsAtRung = 0;
  private topReached = false;
  private variantIndex = 0;
  private lastWorkout: TrackWorkout | undefined;
  private lastHillRepeats = 0;
  readonly requiredFoundation: number;

  constructor(
    private readonly profile: Profile,
    private readonly season: Season,
    private readonly context: RunContext,
    private readonly vdot: number,
  ) {
    this.rung = startRung(profile.level);
    this.requiredFoundation = foundationStrengthSessions(profile.level);
  }

  inFoundation(): boolean {
    return this.strengthSessions < this.requiredFoundation;
  }

  /** A track session; `climbSlotsLeft` counts the ordinary track weeks after this one, so a tight plan can still reach the top. */
  track(mode: TrackMode, climbSlotsLeft: number, budgetM = Infinity): SessionBody {
    if (mode === 'sharpen' && this.lastWorkout) return this.sharpener(this.lastWorkout, budgetM);
    const rungsLeft = TOP_RUNG - this.rung + (this.topReached ? 0 : 1);
    const topRequired =
      this.profile.level !== 'beginner' && this.profile.weeks >= 16 && this.profile.days.length >= 4;
    const behind = topRequired && rungsLeft > climbSlotsLeft + 1;
    if (mode !== 'normal' && this.lastWorkout && !behind) {
      // A deload repeats the last step; for a runner who holds each step twice, that counts as the second.
      if (!this.topReached && this.lastWorkout.rung === this.rung)
        this.advanceAfterSession(false, rungsLeft, climbSlotsLeft, topRequired);
      return trackSession(this.context, this.lastWorkout, mode === 'sharpen' ? 'sharpen' : 'deload');
    }
    if (this.topReached) {
      const variant = TOP_VARIANTS[this.variantIndex % TOP_VARIANTS.length] ?? TOP_VARIANTS[0];
      this.variantIndex++;
      if (variant) this.lastWorkout = variant;
      return trackSession(this.context, variant ?? rungWorkout(ladderRung(TOP_RUNG)), 'variant');
    }
    const rung = ladderRung(this.rung);
    const workout = rungWorkout(rung);
    const step: TrackStep =
      this.trackSessions === 0
        ? 'first'
        : rung.rung === TOP_RUNG
          ? 'top'
          : this.lastWorkout?.rung === rung.rung
            ? 'hold'
            : 'climb';
    this.trackSessions++;
    this.lastWorkout = workout;
    if (rung.rung === TOP_RUNG) this.topReached = true;
    else this.advanceAfterSession(behind, rungsLeft, climbSlotsLeft, topRequired);
    return trackSession(this.context, workout, step);
  }

  /**
   * The taper's track session (COACHING §5.2): the speed stays, the reps shrink to about 70 % of the last
   * full session's. In the race's last days (a finite `budgetM`, R-REC-3's interval budget) reps longer than
   * 200 m become 200 m before any more are dropped: 4 × 200 m keeps the legs quicker than 2 × 300 m.
   */
  private sharpener(last: TrackWorkout, budgetM: number): SessionBody {
    const blocks = last.blocks.map((b) => ({
      ...b,
      repeat: Math.min(b.repeat, Math.max(SHARPENER_MIN_REPS, Math.round(b.repeat * SHARPENER_REPS_SHARE))),
    }));
    const totalM = () => blocks.reduce((sum, b) => sum + b.repeat * b.distanceM, 0);
    if (totalM() > budgetM)
      for (const b of blocks) if (b.distanceM > SHARPENER_SHORT_REP_M) b.distanceM = SHARPENER_SHORT_REP_M;
    while (totalM() > budgetM) {
      const biggest = blocks.reduce((a, b) => (b.repeat > a.repeat ? b : a));
      if (biggest.repeat <= 1) break;
      biggest.repeat--;
    }
    return trackSession(this.context, { ...last, blocks }, 'sharpen');
  }

  /** One more session at the current rung; climbs once the level's sessions per rung are done. */
  private advanceAfterSession(
    behind: boolean,
    rungsLeft: number,
    climbSlotsLeft: number,
    topRequired: boolean,
  ): void {
    this.sessionsAtRung++;
    if (this.sessionsAtRung < sessionsPerRung(this.profile.level) && !behind) return;
    this.rung++;
    this.sessionsAtRung = 0;
    if (topRequired && this.rung === SKIPPABLE_RUNG && rungsLeft - 1 > climbSlotsLeft) this.rung++;
  }

  /** The largest total of the track sessions so far (what R-INT-4's 1.5 × rule reads). */
  lastTrackTotalM(): number {
    return this.lastWorkout ? workoutTotalM(this.lastWorkout) : 0;
  }

  private hillsBefore: { sessions: number; repeats: number } = { sessions: 0, repeats: 0 };

  /** Takes back the last hill session (a week too small for it), so the next one climbs from the one before. */
  undoHills(): void {
    this.hillSessions = this.hillsBefore.sessions;
    this.lastHillRepeats = this.hillsBefore.repeats;
  }

  hills(deload: boolean): SessionBody {
    this.hillsBefore = { sessions: this.hillSessions, repeats: this.lastHillRepeats };
    const max = maxHillRepeats(this.profile.level, this.season.race);
    const everyOther = this.profile.level === 'beginner' && this.hillSessions % 2 === 1;
    const repeats =
      this.hillSessions === 0
        ? FIRST_HILL_REPEATS
        : deload || everyOther
          ? this.lastHillRepeats
          : Math.min(max, this.lastHillRepeats + 1);
    const grade = hillGrade(this.hillSessions);
    this.hillSessions++;
    this.lastHillRepeats = repeats;
    return hillSession(this.context, repeats, grade, this.hillSessions, deload);
  }

  /** Threshold work, a step at a time (beginners every other session). */
  threshold(weekM: number, why: string, maxMinutes = Infinity): SessionBody {
    const perStep = this.profile.level === 'beginner' ? 2 : 1;
    const index = Math.floor(this.thresholdSessions / perStep);
    this.thresholdSessions++;
    return thresholdSession(this.context, index, 0.9 * weekM, why, maxMinutes);
  }

  /** Interval-pace reps, or undefined when the week is too small for them. */
  intervals(weekM: number): SessionBody | undefined {
    const body = intervalSession(this.context, this.intervalSessions, 0.9 * weekM);
    if (body) this.intervalSessions++;
    return body;
  }

  racePace(weekM: number, why: string, sharpener = false): SessionBody {
    const index = sharpener ? 0 : this.racePaceSessions;
    if (!sharpener) this.racePaceSessions++;
    return racePaceSession(this.context, this.season.raceDistanceM, index, 0.9 * weekM, why, sharpener);
  }

  marathonPace(weekM: number, why: string, maxM?: number): SessionBody {
    this.marathonSessions++;
    return marathonPaceSession(this.context, weekM, why, maxM);
  }

  timeTrial(week: TimeTrialWeek): SessionBody {
    const distanceM = this.timeTrialM();
    this.timeTrials++;
    return timeTrialSession(this.context, distanceM, raceTimeSForVdot(this.vdot, distanceM), week);
  }

  /**
   * The time trial's distance: the race's, up to 5K, and no more than about a third of the runner's week now,
   * so a small runner tests over 1500 m or 3K rather than a 5K that would be half their week.
   */
  private timeTrialM(): number {
    const capM = Math.min(this.season.raceDistanceM, MAX_TIME_TRIAL_M, 0.35 * this.season.currentM);
    const fitting = TIME_TRIAL_DISTANCES_M.filter((d) => d <= capM);
    return fitting.at(-1) ?? TIME_TRIAL_DISTANCES_M[0] ?? 1500;
  }

  /** Days after a time trial that stay free of hard runs (R-ADA-2: a day per 3 km, at least 1). */
  timeTrialRecoveryDays(): number {
    return Math.max(1, Math.round(this.timeTrialM() / 3000));
  }

  /**
   * The long run this week can hold, before the week's share cap (R-LNG-1). `weeksToGoal`: full weeks from
   * this one to the one where the long run should reach its goal; growth is spread over them, so a long plan
   * does not reach the goal early and then hold it for months (COACHING 2.2: repeat it once or twice).
   */
  longRunTargetM(kind: 'build' | 'deload' | 'taper', taperShare = 0.7, weeksToGoal = 0): number {
    const recentM = this.season.longestRunM;
    const longestM = this.longestLongM;
    const growthCapM = longRunStepCapM(longestM === 0 ? recentM : longestM);
    const durationCapM =
      ((longRunDurationCapS(this.season.race) * 0.97) / easyMidSPerKm(this.context.paces)) * 1000;
    const goalM = LONG_RUN_GOAL_M[this.season.race][this.profile.level];
    let wantedM: number;
    if (kind === 'deload') wantedM = 0.75 * Math.max(longestM, recentM);
    else if (kind === 'taper') wantedM = taperShare * Math.max(longestM, recentM);
    else if (this.lastBuildLongM === 0) wantedM = recentM;
    else {
      const last = this.lastBuildLongM;
      const stepM = last < 15000 ? 1000 : last < 25000 ? 1500 : 2000;
      const reachM = Math.min(Math.max(goalM, recentM), durationCapM);
      // The rest of the way to the goal in even steps, to the half kilometre (a step may be a week's hold).
      const evenM =
        weeksToGoal > 0 && reachM > last
          ? Math.max(last, Math.round((last + (reachM - last) / weeksToGoal) / 500) * 500)
          : Infinity;
      wantedM = Math.min(last + stepM, evenM);
    }
    // A long run is at least an easy run's 20 minutes, where the 10 % step allows it.
    const minRunM = (MIN_RUN_S * 1000) / easyMidSPerKm(this.context.paces);
    if (kind === 'build' && wantedM < minRunM + 100 && growthCapM >= minRunM + 100) wantedM = minRunM + 100;
    // Planned to the 100 m, rounded down so no rounding takes a long run past its 10 %.
    return Math.floor(Math.min(wantedM, growthCapM, durationCapM, Math.max(goalM, recentM)) / 100) * 100;
  }

  /** Records the long run as finally sized. */
  recordLongRun(distanceM: number, building: boolean): void {
    this.longestLongM = Math.max(this.longestLongM, distanceM);
    if (building) this.lastBuildLongM = distanceM;
  }

  strength(reduced: boolean, liftsOnly: boolean): SessionBody {
    const exercises = strengthExercises({
      sessionIndex: this.strengthSessions,
      level: this.profile.level,
      equipment: this.profile.equipment,
      reduced,
      liftsOnly,
    });
    this.strengthSessions++;
    const number = this.strengthSessions;
    const required = this.requiredFoundation;
    const why =
      number <= required
        ? `Foundation ${number} of ${required}: strength and plyometrics first, so your legs are ready for fast running.`
        : liftsOnly
          ? 'Race is close: the lifts only, light, to keep the strength without any jumping fatigue.'
          : reduced
            ? 'Lighter strength: two sets of each, enough to keep the spring without tiring your legs.'
            : exercises.some((e) => (e.substitutes ?? e.id) === 'deadlift')
              ? `Hinge and hop day: the deadlift and one-leg hops make the push-off behind you stronger and the ankle stiffer, so each stride of your ${this.context.raceLabel} carries further. Stop a set when form fades.`
              : `Squat and jump day: the squat and the jumps build the power to hold your ${this.context.raceLabel} pace when your legs tire. Stop a set when form fades.`;
    return {
      type: 'strength',
      title: `Strength: ${strengthTitle(exercises)}`,
      why,
      exercises,
      plannedDurationS: strengthDurationS(exercises),
      targetRpe: [5, 7],
    };
  }
}
