import { describe, expect, it } from 'vitest';
import { parseProfile } from '../profile/parse-profile.js';
import type { ProfileInput } from '../profile/profile-types.js';
import { generatePlan } from './generate-plan.js';
import { HALF_RUNNER, MARATHON_RUNNER, TEN_K_RUNNER } from './named-runners.test-support.js';
import type { Plan, Session } from './plan-types.js';

function plan(input: ProfileInput): Plan {
  const parsed = parseProfile(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return generatePlan(parsed.value);
}

const ofType = (p: Plan, type: Session['type']): Session[] => p.sessions.filter((s) => s.type === type);
const hasIntensity = (s: Session, intensity: string): boolean =>
  (s.intervals ?? []).some((b) => b.intensity === intensity);
const daysBetween = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / 86_400_000;

describe('generatePlan: the whole plan', () => {
  it('R-VOL-1: week 1 runs 80–105 % of what the runner runs now; without it, the plan says what it assumed', () => {
    const p = plan(HALF_RUNNER);
    expect(p.weeks[0]?.runningDistanceM).toBeGreaterThanOrEqual(0.8 * 30000);
    expect(p.weeks[0]?.runningDistanceM).toBeLessThanOrEqual(1.05 * 30000);
    expect(p.assumptions).toEqual([]);
    const assumed = plan({ ...HALF_RUNNER, current: undefined });
    expect(assumed.assumptions.join(' ')).toMatch(
      /We assumed you run about 35 km a week with a longest run of 13 km/,
    );
  });

  it('R-VOL-2: running rises gradually to a peak that suits the race (more for a marathon than a half)', () => {
    for (const p of [plan(HALF_RUNNER), plan(MARATHON_RUNNER)]) {
      let largest = 0;
      for (const w of p.weeks) {
        if (w.week > 1)
          expect(w.runningDistanceM).toBeLessThanOrEqual(Math.max(1.1 * largest, largest + 2000) + 1);
        largest = Math.max(largest, w.runningDistanceM);
      }
    }
    const peak = (p: Plan): number => Math.max(...p.weeks.map((w) => w.runningDistanceM));
    expect(peak(plan(HALF_RUNNER))).toBeGreaterThan(40000);
    expect(peak(plan(MARATHON_RUNNER))).toBeGreaterThan(70000);
  });

  it('R-LNG-1: one long run in every building week, growing by small steps, with a fuelling note past 90 minutes', () => {
    const p = plan(HALF_RUNNER);
    const longs = ofType(p, 'long');
    for (const w of p.weeks.filter((x) => x.phase === 'build' || x.phase === 'peak'))
      expect(longs.filter((s) => s.week === w.week)).toHaveLength(1);
    expect(longs[0]?.plannedDistanceM).toBeLessThanOrEqual(13200);
    for (const s of longs)
      if (s.plannedDurationS > 90 * 60) expect(s.notes?.join(' ')).toMatch(/carbohydrate/);
  });

  it('R-LNG-1: a long run is the distance its title names, and promises a fast segment only when it holds one', () => {
    for (const runner of [HALF_RUNNER, TEN_K_RUNNER, MARATHON_RUNNER]) {
      for (const long of ofType(plan(runner), 'long')) {
        const km = /^Long run: ([\d.]+) km/.exec(long.title)?.[1];
        expect(Math.round(Number(km) * 1000), long.title).toBe(long.plannedDistanceM);
        const fast = (long.intervals ?? []).some((b) => b.intensity !== 'easy');
        expect(/carries/.test(long.why), long.id).toBe(fast);
        expect(long.title.includes(','), long.id).toBe(fast);
      }
    }
  });

  it('R-LNG-2: the half reaches 16 km and the marathon 28 km before the taper', () => {
    const longest = (p: Plan): number =>
      Math.max(
        ...ofType(p, 'long')
          .filter((s) => s.phase !== 'taper')
          .map((s) => s.plannedDistanceM ?? 0),
      );
    expect(longest(plan(HALF_RUNNER))).toBeGreaterThanOrEqual(16000);
    expect(longest(plan(MARATHON_RUNNER))).toBeGreaterThanOrEqual(28000);
  });

  it('R-DAY-1: strength follows a run on the same date, so a 4-day runner still runs 4 days a week', () => {
    const p = plan(HALF_RUNNER);
    for (const s of ofType(p, 'strength'))
      expect(p.sessions.some((r) => r.date === s.date && r.type !== 'strength' && r.type !== 'long')).toBe(
        true,
      );
    const week3 = p.sessions.filter((s) => s.week === 3 && s.type !== 'strength');
    expect(new Set(week3.map((s) => s.date)).size).toBe(4);
  });

  it('R-QUA-1: threshold every other building week for the 10K, marathon pace at least 4 times, goal-pace reps for the 5K', () => {
    const tenK = plan(TEN_K_RUNNER);
    const building = tenK.weeks.filter(
      (w) => (w.phase === 'build' || w.phase === 'peak') && !w.deload && w.week > 1,
    );
    for (let i = 1; i < building.length; i++) {
      const has = (week: number | undefined): boolean =>
        tenK.sessions.some((s) => s.week === week && hasIntensity(s, 'threshold'));
      expect(has(building[i - 1]?.week) || has(building[i]?.week)).toBe(true);
    }
    expect(
      plan(MARATHON_RUNNER).sessions.filter((s) => hasIntensity(s, 'marathon')).length,
    ).toBeGreaterThanOrEqual(4);
    const fiveK = plan({
      ...TEN_K_RUNNER,
      recent: { distance: '5k', time: '21:00' },
      goal: { distance: '5k', time: '20:30' },
    });
    expect(
      fiveK.sessions.some(
        (s) => s.phase === 'peak' && s.type === 'intervals' && hasIntensity(s, 'race-pace'),
      ),
    ).toBe(true);
  });

  it('R-QUA-1 (COACHING 3.3): hills every other building week, threshold inside the long run of a hill week only after a week without; a time trial week keeps its long run easy', () => {
    for (const runner of [HALF_RUNNER, TEN_K_RUNNER, MARATHON_RUNNER]) {
      const p = plan(runner);
      const building = p.weeks.filter((w) => w.phase === 'build' && !w.deload).map((w) => w.week);
      const inWeek = (week: number) => p.sessions.filter((s) => s.week === week);
      const withQ2 = building.filter((w) => inWeek(w).some((s) => s.type === 'hills' || s.type === 'tempo'));
      // Consecutive building weeks with a second quality day alternate hills and threshold (time trials aside).
      const kinds = withQ2.map((w) => (inWeek(w).some((s) => s.type === 'hills') ? 'hills' : 'tempo'));
      for (let i = 1; i < kinds.length; i++) expect(kinds[i], `week ${withQ2[i]}`).not.toBe(kinds[i - 1]);
      // A hill week's long run carries threshold only when the building week before had none: then R-QUA-1
      // needs it; else the week holds two hard days (track and hills), not three.
      const quality = p.weeks
        .filter((w) => (w.phase === 'build' || w.phase === 'peak') && !w.deload)
        .map((w) => w.week);
      const hasThreshold = (week: number) => inWeek(week).some((s) => hasIntensity(s, 'threshold'));
      for (const w of withQ2.filter((_, i) => kinds[i] === 'hills')) {
        const long = inWeek(w).find((s) => s.type === 'long');
        const before = quality.filter((q) => q < w).at(-1);
        if (runner === MARATHON_RUNNER || !long) continue;
        expect(hasIntensity(long, 'threshold'), `week ${w}`).toBe(
          before !== undefined && !hasThreshold(before),
        );
      }
      // R-QUA-1 itself: never two building or peak weeks in a row without threshold work.
      for (let i = 1; i < quality.length; i++) {
        const [a, b] = [quality[i - 1], quality[i]];
        if (a !== undefined && b !== undefined && runner !== MARATHON_RUNNER)
          expect(hasThreshold(a) || hasThreshold(b), `weeks ${a} and ${b}`).toBe(true);
      }
    }
    const half = plan(HALF_RUNNER);
    for (const trial of ofType(half, 'time-trial')) {
      const long = half.sessions.find((s) => s.week === trial.week && s.type === 'long');
      if (long) expect(hasIntensity(long, 'threshold')).toBe(false);
    }
  });

  it('R-QUA-2: past the top rung the track work varies and the progression moves on in tempo and intervals', () => {
    const p = plan({ ...MARATHON_RUNNER, level: 'advanced' });
    const track = ofType(p, 'track');
    const top = track.findIndex((s) => s.ladderRung === 10);
    expect(top).toBeGreaterThan(0);
    const after = track
      .slice(top + 1)
      .map((s) => JSON.stringify(s.intervals?.map((b) => [b.repeat, b.distanceM])));
    expect(new Set(after).size).toBeGreaterThan(1);
    for (const s of [...ofType(p, 'tempo'), ...ofType(p, 'intervals')]) {
      expect(s.warmup?.stretching).toBe(true);
      expect(s.cooldown?.jogM).toBeGreaterThan(0);
    }
  });

  it('R-REC-4: a deload week is lighter in running, strength sets and sessions; its time trial comes late in the week', () => {
    const p = plan(TEN_K_RUNNER);
    for (const w of p.weeks.filter((x) => x.deload && x.phase !== 'taper')) {
      const before = p.weeks[w.week - 2];
      expect(w.runningDistanceM).toBeLessThanOrEqual(0.8 * (before?.runningDistanceM ?? 0) + 1);
      expect(w.strengthSets).toBeLessThanOrEqual(before?.strengthSets ?? 0);
    }
  });

  it('R-REC-5: the taper suits the race: 21 days for this marathon, 14 for the half; no strength in the last days', () => {
    const taperDays = (p: Plan): number => {
      const first = p.sessions.find((s) => s.phase === 'taper');
      return first && p.profile.raceDate ? daysBetween(first.date, p.profile.raceDate) + 1 : 0;
    };
    expect(taperDays(plan(MARATHON_RUNNER))).toBeGreaterThan(14);
    expect(taperDays(plan(MARATHON_RUNNER))).toBeLessThanOrEqual(21);
    expect(taperDays(plan(HALF_RUNNER))).toBeLessThanOrEqual(14);
    const marathon = plan(MARATHON_RUNNER);
    for (const s of ofType(marathon, 'strength'))
      expect(daysBetween(s.date, '2027-05-23')).toBeGreaterThan(7);
  });

  it('R-REC-6: a race date without a goal races at the pace of current fitness; below VDOT 30 easy runs are run–walk', () => {
    const noGoal = plan({ ...HALF_RUNNER, goal: undefined });
    expect(noGoal.racePaceSPerKm).toBe(Math.round((105 * 60 * 1000) / 21097.5));
    expect(first(noGoal, 'race').why).toMatch(/predicts about 1:45:00/);
    const slow = plan({ ...HALF_RUNNER, recent: { distance: '5k', time: '34:00' }, goal: undefined });
    for (const s of ofType(slow, 'easy')) expect(s.runWalk?.walkS).toBeGreaterThan(0);
  });

  it('R-IN-2: a beginner at VDOT 55+, two days a week, and too little running for a marathon each get a warning', () => {
    const codes = (input: ProfileInput): string[] => plan(input).warnings.map((w) => w.code);
    expect(
      codes({
        ...HALF_RUNNER,
        recent: { distance: '5k', time: '17:30' },
        goal: undefined,
        level: 'beginner',
      }),
    ).toContain('level-doubtful');
    expect(codes({ ...HALF_RUNNER, days: ['sat', 'sun'] })).toContain('few-days');
    expect(codes({ ...MARATHON_RUNNER, current: { weeklyDistanceM: 15000, longestRunM: 8000 } })).toContain(
      'volume-low',
    );
  });
});

describe("generatePlan: a coach's week", () => {
  const FIVE_K_FOUR_DAYS: ProfileInput = {
    recent: { distance: '5k', time: '25:00' },
    goal: { distance: '5k', time: '23:30' },
    raceDate: '2027-03-14',
    start: '2026-12-04',
    days: ['tue', 'thu', 'sat', 'sun'],
    level: 'intermediate',
    equipment: 'gym',
    units: 'km',
    current: { weeklyDistanceM: 30000, longestRunM: 10000 },
  };
  const runsOf = (p: Plan, week: number): Session[] =>
    p.sessions.filter((s) => s.week === week && s.type !== 'strength' && s.type !== 'race');

  it('R-LNG-1, R-DAY-1: quality days and easy runs share the week, so no easy run grows into a second long run', () => {
    // On the old sharing the Saturday run grew to 15 km beside a 15 km long run while the quality days stopped at 9.
    const p = plan(FIVE_K_FOUR_DAYS);
    for (const w of p.weeks.filter((x) => x.phase === 'build' || x.phase === 'peak')) {
      const runs = runsOf(p, w.week);
      const long = runs.find((s) => s.type === 'long');
      const quality = runs.filter((s) => s.type !== 'easy' && s.type !== 'long');
      if (!long || quality.length === 0) continue;
      const qualityM = Math.max(...quality.map((s) => s.plannedDistanceM ?? 0));
      for (const easy of runs.filter((s) => s.type === 'easy')) {
        expect(easy.plannedDistanceM, `${easy.date} beside ${long.plannedDistanceM} m`).toBeLessThanOrEqual(
          0.8 * (long.plannedDistanceM ?? 0),
        );
        expect(easy.plannedDistanceM, easy.date).toBeLessThanOrEqual(qualityM + 200);
      }
    }
  });

  it("R-REC-1: the run the day after a long run is shorter than the week's other easy runs, and says why", () => {
    const p = plan({
      ...FIVE_K_FOUR_DAYS,
      recent: { distance: '5k', time: '20:00' },
      goal: { distance: '5k', time: '19:15' },
      raceDate: '2027-02-28',
      start: '2026-12-07',
      days: ['mon', 'tue', 'wed', 'thu', 'sat', 'sun'],
      level: 'advanced',
      current: { weeklyDistanceM: 50000, longestRunM: 14000 },
    });
    let checked = 0;
    for (const w of p.weeks.filter((x) => x.phase === 'build' || x.phase === 'peak')) {
      const easy = runsOf(p, w.week).filter((s) => s.type === 'easy');
      const recovery = easy.filter((s) => {
        const eve = p.sessions.find((x) => x.type === 'long' && daysBetween(x.date, s.date) === 1);
        return eve !== undefined;
      });
      for (const r of recovery) {
        checked++;
        if (!w.deload) expect(r.why).toMatch(/day after the long run/);
        for (const other of easy.filter((s) => !recovery.includes(s)))
          expect(r.plannedDistanceM ?? 0).toBeLessThan(other.plannedDistanceM ?? 0);
      }
    }
    expect(checked).toBeGreaterThan(3);
  });

  it('R-GOL-1: a time trial says which week it is in: a lighter week only when it is one', () => {
    let build = 0;
    for (const runner of [HALF_RUNNER, TEN_K_RUNNER, FIVE_K_FOUR_DAYS]) {
      const p = plan(runner);
      for (const trial of ofType(p, 'time-trial')) {
        const deload = p.weeks.find((w) => w.week === trial.week)?.deload;
        if (/^Final/.test(trial.why)) continue;
        if (deload) expect(trial.why, trial.date).toMatch(/lighter week/);
        else {
          build++;
          expect(trial.why, trial.date).not.toMatch(/lighter week/);
        }
      }
    }
    expect(build).toBeGreaterThan(0);
  });

  it('R-REC-5 (COACHING 5.2): taper track sessions keep about 70 % of the reps; the race week shortens reps before dropping them', () => {
    // The old sharpener halved the reps: 5 × 300 m became 2 × 300 m in both taper weeks of the worked half.
    const half = plan(HALF_RUNNER);
    const taperTrack = ofType(half, 'track').filter((s) => s.phase === 'taper');
    expect(taperTrack.map((s) => s.title)).toEqual(['Track: 4 × 300 m', 'Track: 4 × 200 m']);
    for (const runner of [HALF_RUNNER, TEN_K_RUNNER, MARATHON_RUNNER, FIVE_K_FOUR_DAYS]) {
      const p = plan(runner);
      const track = ofType(p, 'track');
      for (const s of track.filter((x) => x.phase === 'taper')) {
        const full = track.filter((x) => x.phase !== 'taper' && x.date < s.date).at(-1);
        const reps = (x: Session | undefined) => (x?.intervals ?? []).reduce((n, b) => n + b.repeat, 0);
        expect(reps(s), s.date).toBeGreaterThanOrEqual(Math.min(reps(full), 3 * (s.intervals?.length ?? 1)));
        expect(reps(s), s.date).toBeLessThanOrEqual(reps(full));
      }
    }
  });

  it('R-REC-5: no run of a taper week is longer than the longest of the last full week (long run and race aside)', () => {
    // The worked half's race-week Tuesday had grown to 8.6 km against 7.5 km the week before, all of it cool-down.
    for (const runner of [HALF_RUNNER, TEN_K_RUNNER, MARATHON_RUNNER, FIVE_K_FOUR_DAYS]) {
      const p = plan(runner);
      let full = 0;
      for (const w of p.weeks) {
        const longest = Math.max(
          0,
          ...runsOf(p, w.week)
            .filter((s) => s.type !== 'long')
            .map((s) => s.plannedDistanceM ?? 0),
        );
        if (w.phase === 'taper')
          // A session longer by itself (a marathon's last 6 km at M) is what it is; its cool-down did not grow.
          for (const s of runsOf(p, w.week).filter(
            (x) => x.type !== 'long' && (x.cooldown?.jogM ?? 0) !== 1000,
          ))
            expect(s.plannedDistanceM ?? 0, `${s.date} ${s.title}`).toBeLessThanOrEqual(full + 1);
        if (!w.deload) full = longest;
      }
    }
  });

  it('R-LNG-1 (COACHING 2.2): the long run reaches its goal 2–5 weeks before the race and repeats it at most twice', () => {
    // An advanced half runner on 21 weeks used to reach 24 km in week 6 and run it eleven times.
    const runners: ProfileInput[] = [
      {
        recent: { distance: 'half', time: '1:30:00' },
        goal: { distance: 'half', time: '1:27:00' },
        raceDate: '2027-05-02',
        start: '2026-12-07',
        days: ['mon', 'tue', 'wed', 'thu', 'sat', 'sun'],
        level: 'advanced',
        current: { weeklyDistanceM: 55000, longestRunM: 18000 },
      },
      MARATHON_RUNNER,
      HALF_RUNNER,
    ];
    for (const runner of runners) {
      const p = plan(runner);
      const longs = ofType(p, 'long');
      const longestM = Math.max(...longs.map((s) => s.plannedDistanceM ?? 0));
      const atLongest = longs.filter((s) => (s.plannedDistanceM ?? 0) >= longestM - 100);
      const raceDate = p.profile.raceDate ?? '';
      expect(atLongest.length, raceDate).toBeLessThanOrEqual(3);
      const weeksOut = daysBetween(atLongest[0]?.date ?? '', raceDate) / 7;
      expect(weeksOut, raceDate).toBeGreaterThanOrEqual(2);
      expect(weeksOut, raceDate).toBeLessThanOrEqual(5.9);
      // On the way there it never falls back in a full week, and grows by small steps.
      let last = 0;
      for (const s of longs.filter((x) => x.phase !== 'taper' && !x.deload)) {
        expect(s.plannedDistanceM ?? 0, s.date).toBeGreaterThanOrEqual(last);
        last = s.plannedDistanceM ?? 0;
      }
    }
  });

  it('R-LNG-1 (COACHING 3.2): a marathoner on six runs a week has a medium-long run mid-week, 50–75 % of the long run', () => {
    // The old weeks were flat: five runs of 13 km beside a 30 km long run.
    const p = plan({
      ...MARATHON_RUNNER,
      recent: { distance: 'marathon', time: '3:00:00' },
      goal: { distance: 'marathon', time: '2:55:00' },
      days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      level: 'advanced',
      current: { weeklyDistanceM: 70000, longestRunM: 24000 },
    });
    let checked = 0;
    for (const w of p.weeks.filter(
      (x) => (x.phase === 'build' || x.phase === 'peak') && !x.deload && x.week > 2,
    )) {
      const runs = runsOf(p, w.week);
      const long = runs.find((s) => s.type === 'long');
      const medium = runs.filter((s) => s.title.startsWith('Medium-long run'));
      expect(medium, `week ${w.week}`).toHaveLength(1);
      const ml = medium[0];
      if (!long || !ml) continue;
      checked++;
      expect(Math.abs(daysBetween(ml.date, long.date)), ml.date).toBeGreaterThan(1);
      const share = (ml.plannedDistanceM ?? 0) / (long.plannedDistanceM ?? 1);
      expect(share, ml.date).toBeGreaterThanOrEqual(0.5);
      expect(share, ml.date).toBeLessThanOrEqual(0.75);
      for (const easy of runs.filter((s) => s.type === 'easy' && s !== ml))
        expect(easy.plannedDistanceM ?? 0, easy.date).toBeLessThan(ml.plannedDistanceM ?? 0);
    }
    expect(checked).toBeGreaterThan(8);
    // A 4-day half runner's week has no room for one: its easy run is the day before the long run.
    expect(plan(HALF_RUNNER).sessions.some((s) => s.title.startsWith('Medium-long'))).toBe(false);
  });

  it('R-GOL-1 (COACHING 4.8, 8): the half checks its fitness mid-plan and again 3–5 weeks before the race', () => {
    // The worked half had one time trial, in week 5; COACHING 8 has a second in week 9.
    const half = plan(HALF_RUNNER);
    const weeksOut = ofType(half, 'time-trial').map((s) => daysBetween(s.date, '2027-03-28') / 7);
    expect(weeksOut).toHaveLength(2);
    expect(weeksOut[0]).toBeGreaterThan(5);
    expect(weeksOut[1]).toBeGreaterThanOrEqual(3);
    expect(weeksOut[1]).toBeLessThan(5);
  });

  it('R-IN-2: the race week leaves out what does not fit before race day without a warning', () => {
    // A plan starting on a Friday puts Sunday's race in a week whose only day before it is Saturday.
    const p = plan(FIVE_K_FOUR_DAYS);
    const raceWeek = p.sessions.find((s) => s.type === 'race')?.week;
    expect(raceWeek).toBe(15);
    for (const w of p.warnings) expect(w.message).not.toMatch(/week 15/);
  });
});

function first(p: Plan, type: Session['type']): Session {
  const s = p.sessions.find((x) => x.type === type);
  if (!s) throw new Error(`no ${type}`);
  return s;
}
