import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FormatError } from '../errors/format-error.js';
import { decodeUtf8, encodeUtf8 } from '../text/text-codec.js';
import { parseTcx, parseTcxActivities } from './parse-tcx.js';

const FIXTURES = new URL('../../../../fixtures/tcx/', import.meta.url);
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(name, FIXTURES)));

function formatErrorOf(run: () => unknown): FormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error('expected a FormatError');
}

describe('parseTcx', () => {
  it('reads a Forerunner 410 run with heart rate and its three laps', () => {
    const activity = parseTcx(fixture('test.tcx'));
    expect(activity.format).toBe('tcx');
    expect(activity.sport).toBe('running');
    expect(activity.device).toBe('Forerunner 410 Software Version 2.20');
    expect(activity.startTime).toBe('2012-12-26T21:29:53.000Z');
    expect(activity.distanceSource).toBe('device');
    expect(activity.laps).toHaveLength(3);
    expect(activity.laps[0]).toEqual({
      startS: 0,
      durationS: 608.47,
      distanceM: 1609.34399414,
      intensity: 'active',
      trigger: 'distance',
    });
    expect(activity.laps[2]?.trigger).toBe('manual');
    expect(activity.samples[0]).toMatchObject({ timeS: 0, heartRate: 62, distanceM: 0 });
    const last = activity.samples[activity.samples.length - 1];
    expect(last?.timeS).toBe(1992);
    expect(last?.distanceM).toBeCloseTo(4686.31, 1);
    expect(Math.max(...activity.samples.map((s) => s.heartRate ?? 0))).toBe(189);
  });

  it('reads the same run without heart rate', () => {
    const activity = parseTcx(fixture('no_hr.tcx'));
    expect(activity.samples.every((s) => s.heartRate === null)).toBe(true);
    expect(activity.samples.length).toBe(parseTcx(fixture('test.tcx')).samples.length);
  });

  it('refuses what is not a TCX activity', () => {
    expect(formatErrorOf(() => parseTcx('<gpx/>')).code).toBe('not-tcx');
    expect(
      formatErrorOf(() => parseTcx('<TrainingCenterDatabase><Activities/></TrainingCenterDatabase>')).code,
    ).toBe('empty-track');
    const course =
      '<TrainingCenterDatabase><Courses><Course><Name>Loop</Name></Course></Courses></TrainingCenterDatabase>';
    expect(formatErrorOf(() => parseTcx(course)).code).toBe('no-times');
    expect(formatErrorOf(() => parseTcx('<!DOCTYPE x><TrainingCenterDatabase/>')).code).toBe('xml-doctype');
  });

  it('TCX-WS-1: reads a file with blank space or a second byte-order mark before its XML declaration', () => {
    const bytes = fixture('test.tcx');
    const expected = parseTcx(bytes);
    for (const prefix of ['\n', '\r\n  \t', '\uFEFF', '\uFEFF\n']) {
      const activity = parseTcx(encodeUtf8(prefix + decodeUtf8(bytes)));
      expect(activity.samples).toHaveLength(expected.samples.length);
      expect(activity.startTime).toBe(expected.startTime);
    }
    // A real byte-order mark (the bytes EF BB BF) followed by a newline.
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, 0x0a, ...bytes]);
    expect(parseTcx(withBom).samples).toHaveLength(expected.samples.length);
    expect(formatErrorOf(() => parseTcx(`\n<!DOCTYPE x [<!ENTITY a "a">]>${decodeUtf8(bytes)}`)).code).toBe(
      'xml-doctype',
    );
  });

  it('TCX-MULTI-1: a file with three activities gives all three, each with its own laps and points', () => {
    // The Forerunner 410 run's three laps, each made an <Activity> of its own (as a multi-activity export).
    const text = decodeUtf8(fixture('test.tcx'));
    const laps = [...text.matchAll(/<Lap StartTime="([^"]+)">[\s\S]*?<\/Lap>/g)];
    expect(laps).toHaveLength(3);
    const activities = laps
      .map((lap) => `<Activity Sport="Running"><Id>${lap[1] ?? ''}</Id>${lap[0]}</Activity>`)
      .join('\n');
    const multi = text.replace(/<Activities>[\s\S]*<\/Activities>/, `<Activities>${activities}</Activities>`);
    const read = parseTcxActivities(multi);
    const whole = parseTcx(fixture('test.tcx'));
    expect(read).toHaveLength(3);
    expect(read.map((a) => a.laps.length)).toEqual([1, 1, 1]);
    expect(read.map((a) => a.startTime)).toEqual(
      whole.laps.map((lap) => new Date(Date.parse(whole.startTime) + lap.startS * 1000).toISOString()),
    );
    expect(read.reduce((sum, a) => sum + a.samples.length, 0)).toBe(whole.samples.length);
    expect(parseTcx(multi).warnings).toContain('the file holds 3 activities; this is the first');
  });

  it('TCX-MS-1: a <MultiSportSession> is one multisport activity whose legs keep their sports and add up', () => {
    const text = decodeUtf8(fixture('test.tcx'));
    const laps = [...text.matchAll(/<Lap StartTime="([^"]+)">[\s\S]*?<\/Lap>/g)].map((m) => ({
      start: m[1] ?? '',
      xml: m[0],
    }));
    const [run, ride, runAgain] = laps;
    const session = `<MultiSportSession><Id>${run?.start ?? ''}</Id>
      <FirstSport><Activity Sport="Running"><Id>${run?.start ?? ''}</Id>${run?.xml ?? ''}</Activity></FirstSport>
      <NextSport><Activity Sport="Biking"><Id>${ride?.start ?? ''}</Id>${ride?.xml ?? ''}</Activity></NextSport>
      <NextSport><Activity Sport="Running"><Id>${runAgain?.start ?? ''}</Id>${runAgain?.xml ?? ''}</Activity></NextSport>
    </MultiSportSession>`;
    const multisport = text.replace(
      /<Activities>[\s\S]*<\/Activities>/,
      `<Activities>${session}</Activities>`,
    );
    const [activity, ...rest] = parseTcxActivities(multisport);
    expect(rest).toEqual([]);
    const whole = parseTcx(fixture('test.tcx'));
    expect(activity?.sport).toBe('multisport');
    expect(activity?.legs?.map((leg) => leg.sport)).toEqual(['running', 'biking', 'running']);
    expect(activity?.legs?.map((leg) => leg.distanceM)).toEqual(whole.laps.map((lap) => lap.distanceM));
    const last = activity?.samples[activity.samples.length - 1];
    expect(last?.distanceM).toBeCloseTo(whole.samples[whole.samples.length - 1]?.distanceM ?? NaN, 6);
  });

  it('TCX-CUT-1: a file cut off mid-download says so, wherever the cut falls', () => {
    const text = decodeUtf8(fixture('test.tcx'));
    for (let cut = 200; cut < text.length - 40; cut += 9973) {
      const error = formatErrorOf(() => parseTcx(text.slice(0, cut)));
      expect({ cut, code: error.code }).toEqual({ cut, code: 'truncated' });
      expect(error.message).toBe(
        'the file is cut off: it ends before its <TrainingCenterDatabase> element is closed (a download or an export that stopped early)',
      );
    }
  });
});
