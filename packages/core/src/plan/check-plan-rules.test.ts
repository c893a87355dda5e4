import { describe, expect, it } from 'vitest';
import { parseProfile } from '../profile/parse-profile.js';
import type { ProfileInput } from '../profile/profile-types.js';
import { checkPlanRules } from './check-plan-rules.js';
import { generatePlan } from './generate-plan.js';
import { HALF_RUNNER, MARATHON_RUNNER } from './named-runners.test-support.js';
import type { Plan, Session } from './plan-types.js';

const BASE: ProfileInput = {
  recent: { distance: '5k', time: '25:00' },
  goal: { distance: '5k', time: '23:30' },
  raceDate: '2027-03-24',
  start: '2026-12-07',
  days: ['mon', 'wed', 'thu', 'sat', 'sun'],
  level: 'intermediate',
};

function plan(input: ProfileInput = BASE): Plan {
  const parsed = parseProfile(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return generatePlan(parsed.value);
}

function rulesBroken(mutate: (plan: Plan) => void, input?: ProfileInput): string[] {
  const broken = structuredClone(plan(input));
  mutate(broken);
  return [...new Set(checkPlanRules(broken).map((v) => v.rule))];
}

function first(p: Plan, type: Session['type']): Session {
  const session = p.sessions.find((s) => s.type === type);
  if (!session) throw new Error(`no ${type} session`);
  return session;
}

/** Each mutation breaks one rule; the checker that the property tests rely on must see it. */
describe('checkPlanRules', () => {
  it('passes the generated plan', () => {
    expect(checkPlanRules(plan())).toEqual([]);
  });

  it('R-STR-1: sees a third strength session in a week and strength on consecutive dates', () => {
    expect(
      rulesBroken((p) => {
        const week2 = p.sessions.filter((s) => s.week === 2 && s.type === 'easy');
        for (const s of week2)
          Object.assign(s, { type: 'strength', exercises: first(p, 'strength').exercises });
      }),
    ).toContain('R-STR-1');
  });

  it('R-STR-2: sees four sets', () => {
    expect(
      rulesBroken((p) => {
        const e = first(p, 'strength').exercises?.[0];
        if (e) e.sets = 4;
      }),
    ).toContain('R-STR-2');
  });

  it('R-STR-3: sees an exercise the plan never uses', () => {
    expect(
      rulesBroken((p) => {
        for (const s of p.sessions) s.exercises = s.exercises?.filter((e) => e.id !== 'frog-squat-jump');
      }),
    ).toContain('R-STR-3');
  });

  it('R-STR-4: sees heavy deadlifts', () => {
    expect(
      rulesBroken((p) => {
        const deadlift = p.sessions.flatMap((s) => s.exercises ?? []).find((e) => e.id === 'deadlift');
        if (deadlift) deadlift.reps = { min: 5, max: 5 };
      }),
    ).toContain('R-STR-4');
  });

  it('R-STR-5: sees a barbell in a plan without equipment', () => {
    const input = { ...BASE, equipment: 'none' };
    expect(
      rulesBroken((p) => {
        const e = first(p, 'strength').exercises?.[0];
        if (e) {
          e.id = 'deadlift';
          delete e.substitutes;
        }
      }, input),
    ).toContain('R-STR-5');
  });

  it('R-STR-6: sees too many foot contacts', () => {
    expect(
      rulesBroken((p) => {
        const e = first(p, 'strength').exercises?.[1];
        if (e) e.footContacts = 200;
      }),
    ).toContain('R-STR-6');
  });

  it('R-INT-1: sees intervals before the foundation', () => {
    expect(
      rulesBroken((p) => {
        Object.assign(p.sessions[0] ?? {}, {
          type: 'track',
          intervals: first(p, 'track').intervals,
          warmup: { jogM: 800, stretching: true },
          cooldown: { jogM: 800 },
        });
      }),
    ).toContain('R-INT-1');
  });

  it('R-INT-2: sees a track session without warm-up', () => {
    expect(
      rulesBroken((p) => {
        delete first(p, 'track').warmup;
      }),
    ).toContain('R-INT-2');
  });

  it('R-INT-3: sees a ladder that does not start at 2 × 100 m', () => {
    expect(
      rulesBroken((p) => {
        const rep = first(p, 'track').intervals?.[0];
        if (rep) rep.repeat = 4;
      }),
    ).toContain('R-INT-3');
  });

  it('R-INT-4: sees a jump of more than 1.5 × and a recovery under a minute', () => {
    expect(
      rulesBroken((p) => {
        const rep = p.sessions.filter((s) => s.type === 'track')[1]?.intervals?.[0];
        if (rep) rep.repeat = 9;
      }),
    ).toContain('R-INT-4');
    expect(
      rulesBroken((p) => {
        const rep = p.sessions.filter((s) => s.type === 'track').at(-2)?.intervals?.[0];
        if (rep?.recovery) rep.recovery.durationS = 45;
      }),
    ).toContain('R-INT-4');
  });

  it('R-INT-5: sees a first hill session of 5 and a jump of two repeats', () => {
    expect(
      rulesBroken((p) => {
        const rep = first(p, 'hills').intervals?.[0];
        if (rep) rep.repeat = 5;
      }),
    ).toContain('R-INT-5');
    expect(
      rulesBroken((p) => {
        const rep = p.sessions.filter((s) => s.type === 'hills')[1]?.intervals?.[0];
        if (rep) rep.repeat += 2;
      }),
    ).toContain('R-INT-5');
  });

  it('R-INT-5: sees three hill sessions in a row on one grade', () => {
    expect(
      rulesBroken((p) => {
        for (const s of p.sessions.filter((x) => x.type === 'hills').slice(0, 3)) {
          const rep = s.intervals?.[0];
          if (rep) rep.grade = 'steep';
        }
      }),
    ).toContain('R-INT-5');
  });

  it('R-INT-6: sees hills paced off the goal', () => {
    expect(
      rulesBroken((p) => {
        const rep = first(p, 'hills').intervals?.[0];
        if (rep) rep.targetSPerKm = 200;
      }),
    ).toContain('R-INT-6');
  });

  it('R-TEC-2: sees a run without a focus', () => {
    expect(
      rulesBroken((p) => {
        first(p, 'easy').technique = [];
      }),
    ).toContain('R-TEC-2');
  });

  it('R-REC-1: sees a session on a day the runner cannot train and a week without rest', () => {
    expect(
      rulesBroken((p) => {
        first(p, 'track').date = '2026-12-15';
      }),
    ).toContain('R-REC-1');
  });

  it('R-REC-2: sees hard runs back to back', () => {
    expect(
      rulesBroken((p) => {
        const track = first(p, 'track');
        const next = p.sessions[p.sessions.indexOf(track) + 1];
        if (next) Object.assign(next, { type: 'hills', date: next.date });
        const index = p.sessions.indexOf(track);
        const after = p.sessions[index + 1];
        if (after) after.date = new Date(Date.parse(track.date) + 86_400_000).toISOString().slice(0, 10);
      }),
    ).toContain('R-REC-2');
  });

  it('R-REC-3: sees a plan without deloads and a taper that is too big', () => {
    expect(
      rulesBroken((p) => {
        for (const w of p.weeks) w.deload = false;
      }),
    ).toContain('R-REC-3');
    expect(
      rulesBroken((p) => {
        const sharpener = p.sessions.find((s) => s.type === 'track' && s.phase === 'taper');
        const rep = sharpener?.intervals?.[0];
        if (rep) rep.repeat = 10;
      }),
    ).toContain('R-REC-3');
  });

  it('R-GOL-1: sees a plan without nutrition guidance', () => {
    expect(
      rulesBroken((p) => {
        p.guidance = p.guidance.filter((g) => g.id !== 'nutrition');
      }),
    ).toContain('R-GOL-1');
  });

  describe('the whole plan', () => {
    const longRuns = (p: Plan): Session[] => p.sessions.filter((s) => s.type === 'long');
    const scale = (s: Session, factor: number): void => {
      for (const b of s.intervals ?? []) if (b.distanceM !== undefined) b.distanceM *= factor;
      s.plannedDistanceM = (s.plannedDistanceM ?? 0) * factor;
    };

    it('passes the half and the marathon plans', () => {
      expect(checkPlanRules(plan(HALF_RUNNER))).toEqual([]);
      expect(checkPlanRules(plan(MARATHON_RUNNER))).toEqual([]);
    });

    it('R-VOL-1: sees a first week far above what the runner runs now, and an assumption left unsaid', () => {
      expect(
        rulesBroken((p) => {
          (p.weeks[0] as { runningDistanceM: number }).runningDistanceM = 40000;
        }, HALF_RUNNER),
      ).toContain('R-VOL-1');
      expect(
        rulesBroken((p) => {
          p.assumptions = [];
        }, BASE),
      ).toContain('R-VOL-1');
    });

    it('R-VOL-2: sees a week that jumps more than 10 % (or 2 km) past every earlier week', () => {
      expect(
        rulesBroken((p) => {
          (p.weeks[2] as { runningDistanceM: number }).runningDistanceM = 60000;
        }, HALF_RUNNER),
      ).toContain('R-VOL-2');
    });

    it('R-LNG-1: sees a long run that jumps, one over its share of the week, and one missing its fuelling note', () => {
      expect(
        rulesBroken((p) => {
          scale(longRuns(p)[3] as Session, 1.5);
        }, HALF_RUNNER),
      ).toContain('R-LNG-1');
      expect(
        rulesBroken((p) => {
          const long = longRuns(p).find((s) => (s.notes ?? []).length > 0);
          if (long) long.notes = [];
        }, HALF_RUNNER),
      ).toContain('R-LNG-1');
      expect(
        rulesBroken((p) => {
          for (const s of longRuns(p)) if (s.week === 6) s.type = 'easy';
        }, HALF_RUNNER),
      ).toContain('R-LNG-1');
    });

    it('R-LNG-2: sees a marathon whose long runs stop short of 28 km without saying so', () => {
      expect(
        rulesBroken((p) => {
          for (const s of longRuns(p)) if ((s.plannedDistanceM ?? 0) > 25000) scale(s, 0.8);
        }, MARATHON_RUNNER),
      ).toContain('R-LNG-2');
    });

    it('R-DAY-1: sees strength on a day without a run, and three sessions on one date', () => {
      expect(
        rulesBroken((p) => {
          const strength = first(p, 'strength');
          strength.date = '2027-01-08';
        }, HALF_RUNNER),
      ).toContain('R-DAY-1');
      expect(
        rulesBroken((p) => {
          const run = p.sessions.find((s) => s.type === 'easy');
          if (run) p.sessions.splice(p.sessions.indexOf(run) + 1, 0, { ...run, id: 'extra' });
        }, HALF_RUNNER),
      ).toContain('R-DAY-1');
    });

    it('R-QUA-1: sees threshold work over its cap, a hard run beside the long run, and a marathon without marathon pace', () => {
      expect(
        rulesBroken((p) => {
          const tempo = first(p, 'tempo');
          const block = tempo.intervals?.[0];
          if (block) block.repeat = 12;
        }, HALF_RUNNER),
      ).toContain('R-QUA-1');
      expect(
        rulesBroken((p) => {
          for (const s of p.sessions)
            for (const b of s.intervals ?? []) if (b.intensity === 'marathon') b.intensity = 'easy';
        }, MARATHON_RUNNER),
      ).toContain('R-QUA-1');
    });

    it('R-QUA-2: sees a tempo session before the strength foundation and one without its warm-up', () => {
      expect(
        rulesBroken((p) => {
          delete first(p, 'tempo').warmup;
        }, HALF_RUNNER),
      ).toContain('R-QUA-2');
    });

    it('R-REC-4: sees a deload week heavier than the week before it', () => {
      expect(
        rulesBroken((p) => {
          const deload = p.weeks.find((w) => w.deload && w.phase !== 'taper');
          if (deload) deload.runningDistanceM = 100000;
        }, HALF_RUNNER),
      ).toContain('R-REC-4');
    });

    it('R-REC-5: sees plyometrics and heavy running in the last days before a half', () => {
      expect(
        rulesBroken((p) => {
          const race = first(p, 'race');
          const last = p.sessions.filter((s) => s.type === 'strength').at(-1);
          if (last) last.date = new Date(Date.parse(race.date) - 2 * 86_400_000).toISOString().slice(0, 10);
        }, HALF_RUNNER),
      ).toContain('R-REC-5');
      expect(
        rulesBroken((p) => {
          const race = first(p, 'race');
          const before = p.sessions.filter((s) => s.type === 'easy' && s.date < race.date).at(-1);
          if (before) before.plannedDistanceM = 60000;
        }, HALF_RUNNER),
      ).toContain('R-REC-5');
    });

    it('R-REC-6: sees hills paced from an unrealistic goal, and an easy run without run–walk below VDOT 30', () => {
      const unrealistic: ProfileInput = { ...BASE, goal: { distance: '5k', time: '20:00' } };
      expect(
        rulesBroken((p) => {
          p.racePaceSPerKm = p.goal.paceSPerKm;
        }, unrealistic),
      ).toContain('R-REC-6');
      const slow: ProfileInput = { ...BASE, recent: { distance: '5k', time: '33:00' }, goal: undefined };
      expect(
        rulesBroken((p) => {
          delete first(p, 'easy').runWalk;
        }, slow),
      ).toContain('R-REC-6');
    });

    it('R-IN-2: sees a doubtful level and two days a week without a warning', () => {
      const fastBeginner: ProfileInput = {
        ...BASE,
        recent: { distance: '5k', time: '17:00' },
        level: 'beginner',
        goal: undefined,
      };
      expect(
        rulesBroken((p) => {
          p.warnings = [];
        }, fastBeginner),
      ).toContain('R-IN-2');
      expect(
        rulesBroken(
          (p) => {
            p.warnings = [];
          },
          { ...BASE, days: ['sat', 'sun'] },
        ),
      ).toContain('R-IN-2');
    });
  });
});
