/**
 * The hand-made sample plan against the published plan.schema.json: every session type of the whole plan
 * (long, tempo, intervals, strides, run–walk, notes, two sessions on a date) is in the contract, and the
 * schema refuses what the contract forbids.
 */
import { readFileSync } from 'node:fs';
import Ajv2020Module from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { samplePlan } from './sample-plan.js';

const Ajv2020 = Ajv2020Module.default;
const schema = JSON.parse(
  readFileSync(new URL('../../../core/schema/plan.schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const validate = new Ajv2020({ allErrors: true }).compile(schema);

/** The sample plan as JSON, as a program would read it, to break on purpose. */
function sampleJson(): Record<string, unknown> & { sessions: Record<string, unknown>[] } {
  return JSON.parse(JSON.stringify(samplePlan('km'))) as Record<string, unknown> & {
    sessions: Record<string, unknown>[];
  };
}

function session(plan: ReturnType<typeof sampleJson>, type: string): Record<string, unknown> {
  const found = plan.sessions.find((s) => s.type === type);
  if (found === undefined) throw new Error(`the sample plan has a ${type} session`);
  return found;
}

describe('plan.schema.json', () => {
  it('accepts the sample plan with every kind of session, with and without current training', () => {
    const plan = sampleJson();
    expect(validate(plan), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const withCurrent = sampleJson();
    (withCurrent.profile as Record<string, unknown>).current = { weeklyDistanceM: 30000, longestRunM: 12000 };
    expect(validate(withCurrent), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('requires a session id and the target effort as two whole numbers from 1 to 10', () => {
    const noId = sampleJson();
    delete session(noId, 'long').id;
    expect(validate(noId)).toBe(false);
    for (const targetRpe of [[0, 3], [7, 11], [6.5, 7], [7], undefined]) {
      const plan = sampleJson();
      const tempo = session(plan, 'tempo');
      if (targetRpe === undefined) delete tempo.targetRpe;
      else tempo.targetRpe = targetRpe;
      expect(validate(plan), JSON.stringify(targetRpe)).toBe(false);
    }
  });

  it('R-VOL-1: requires the assumptions, and every running session its planned distance', () => {
    const noAssumptions = sampleJson();
    delete noAssumptions.assumptions;
    expect(validate(noAssumptions)).toBe(false);
    for (const type of ['easy', 'long', 'tempo', 'intervals', 'track', 'race']) {
      const plan = sampleJson();
      delete session(plan, type).plannedDistanceM;
      expect(validate(plan), type).toBe(false);
    }
  });

  it('R-QUA-2: tempo and interval sessions carry their warm-up; unknown intensities and types are refused', () => {
    const plan = sampleJson();
    delete session(plan, 'intervals').warmup;
    expect(validate(plan)).toBe(false);
    const pace = sampleJson();
    ((session(pace, 'tempo').intervals as Record<string, unknown>[])[0] ?? {}).intensity = 'steady';
    expect(validate(pace)).toBe(false);
    const type = sampleJson();
    session(type, 'long').type = 'fartlek';
    expect(validate(type)).toBe(false);
  });

  it('R-DAY-1: strides and run–walk have their shape', () => {
    const plan = sampleJson();
    session(plan, 'easy').strides = { repeat: 6 };
    expect(validate(plan)).toBe(false);
    const runWalk = sampleJson();
    session(runWalk, 'easy').runWalk = { runS: 180, walkS: 0 };
    expect(validate(runWalk)).toBe(false);
  });
});
