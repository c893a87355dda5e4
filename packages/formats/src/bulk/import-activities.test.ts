import { readFileSync } from 'node:fs';
import { gzipSync, strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { encodeFitActivity } from '../fit/encode-fit-activity.js';
import { writeGpx } from '../gpx/write-gpx.js';
import { trackSession } from '../synthetic/sample-sessions.js';
import { sessionSegments, TYPICAL_RUNNER } from '../synthetic/synthesize-session.js';
import { synthesizeRun } from '../synthetic/synthesize-run.js';
import { encodeUtf8 } from '../text/text-codec.js';
import { importActivities, type ImportedActivity, type ImportEntry } from './import-activities.js';
import { journalLine, readImportJournal, type ImportRecord } from './import-state.js';

const FIXTURES = new URL('../../../../fixtures/', import.meta.url);
const fixture = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(path, FIXTURES)));

/** A short synthetic track session starting on the given day. */
function run(day: number, seed = day): ReturnType<typeof synthesizeRun> {
  return synthesizeRun({
    startMs: Date.UTC(2026, 11, day, 7),
    seed,
    segments: sessionSegments(trackSession(2, 100, 271, 150, 30), { ...TYPICAL_RUNNER, stretchS: 60 }, seed),
  });
}

/** An entry whose bytes arrive in chunks of `chunkBytes`. */
function entry(name: string, bytes: Uint8Array, chunkBytes = 4096): ImportEntry {
  return {
    name,
    sizeBytes: bytes.length,
    chunks: async function* () {
      for (let at = 0; at < bytes.length; at += chunkBytes)
        yield await Promise.resolve(bytes.subarray(at, at + chunkBytes));
    },
  };
}

const FIT_1 = encodeFitActivity(run(1).activity);
const FIT_2 = encodeFitActivity(run(2).activity);
const GPX_2 = encodeUtf8(writeGpx(run(2).activity));
const FIT_3 = encodeFitActivity(run(3).activity);

describe('importActivities', () => {
  it('imports a folder, reporting each bad file by name with its reason while the rest import', async () => {
    const imported: ImportedActivity[] = [];
    const entries = [
      entry('2026/run-1.fit', FIT_1),
      entry('2026/run-2.fit', FIT_2),
      entry('2026/notes.txt', encodeUtf8('not an activity')),
      entry('2026/cut.fit', fixture('fit/activity-unexpected-eof.fit')),
      entry(
        '2026/noise.fit',
        Uint8Array.from({ length: 500 }, (_, i) => (i * 7919) % 256),
      ),
      entry('2026/bomb.gpx', encodeUtf8('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "a">]><gpx/>')),
      entry('2012/run.tcx', fixture('tcx/test.tcx')),
    ];
    const report = await importActivities(entries, { onActivity: (a) => void imported.push(a) });
    expect(report.imported).toBe(3);
    expect(report.skipped).toBe(1);
    expect(report.failed.map((f) => [f.name, f.code])).toEqual([
      ['2026/cut.fit', 'truncated'],
      ['2026/noise.fit', 'unknown-format'],
      ['2026/bomb.gpx', 'xml-doctype'],
    ]);
    expect(report.failed[0]?.message).toMatch(/cut off/);
    expect(imported.map((a) => a.name)).toEqual(['2026/run-1.fit', '2026/run-2.fit', '2012/run.tcx']);
    // Reps found on the way in.
    expect(imported[0]?.analysis.intervals.filter((i) => i.kind === 'work')).toHaveLength(2);
  });

  it('BULK-KIND-1: a watch export: activities imported, other FIT files and routes skipped by kind, real failures failed', async () => {
    const run = fixture('fit/garmin-fenix-5-run.fit');
    const walk = fixture('fit/garmin-fenix-5-walk.fit');
    const chained = new Uint8Array(run.length + walk.length);
    chained.set(run);
    chained.set(walk, run.length);
    const records: ImportRecord[] = [];
    const imported: ImportedActivity[] = [];
    const entries = [
      entry('GARMIN/Activity/chained.fit', chained),
      entry('GARMIN/Activity/with-settings.fit', fixture('fit/activity-settings.fit')),
      entry('GARMIN/Settings/Settings.fit', fixture('fit/Settings.fit')),
      entry('GARMIN/Monitor/MonitoringFile.fit', fixture('fit/MonitoringFile.fit')),
      entry('GARMIN/Weight/WeightScaleSingleUser.fit', fixture('fit/WeightScaleSingleUser.fit')),
      entry('GARMIN/Workouts/WorkoutRepeatSteps.fit', fixture('fit/WorkoutRepeatSteps.fit')),
      entry('GARMIN/Courses/route.gpx', fixture('gpx/route.gpx')),
      entry('GARMIN/Activity/multisport.fit.gz', fixture('fit/activity-large-fenxi2-multisport.fit.gz')),
      entry('GARMIN/Activity/empty.fit', new Uint8Array(0)),
      entry('GARMIN/Activity/cut.tcx', fixture('tcx/test.tcx').subarray(0, 50_000)),
      entry('GARMIN/readme.txt', encodeUtf8('hello')),
    ];
    const report = await importActivities(entries, {
      onActivity: (a) => void imported.push(a),
      onRecord: (r) => void records.push(r),
    });
    expect(imported.map((a) => [a.name, a.activity.sport])).toEqual([
      ['GARMIN/Activity/chained.fit#1', 'running'],
      ['GARMIN/Activity/chained.fit', 'walking'],
      ['GARMIN/Activity/with-settings.fit', 'running'],
      ['GARMIN/Activity/multisport.fit.gz', 'multisport'],
    ]);
    expect(report.imported).toBe(4);
    expect(report.skippedByKind).toEqual({
      settings: 1,
      monitoring: 1,
      weight: 1,
      workout: 1,
      route: 1,
      other: 1,
    });
    expect(report.skipped).toBe(6);
    expect(report.failed.map((f) => [f.name, f.code, f.message])).toEqual([
      [
        'GARMIN/Activity/empty.fit',
        'empty-file',
        'the file is empty (0 bytes): nothing was saved in it; a FIT, GPX or TCX activity is expected',
      ],
      [
        'GARMIN/Activity/cut.tcx',
        'truncated',
        'the file is cut off: it ends before its <TrainingCenterDatabase> element is closed (a download or an export that stopped early)',
      ],
    ]);
    // Skipped files are journaled as settled: a second run reads only the failures again.
    const state = readImportJournal(records.map(journalLine).join(''));
    const again = await importActivities(entries, { state });
    expect(again.alreadyDone).toBe(8);
    expect(again.failed).toHaveLength(2);
    expect(again.imported).toBe(0);
  });

  it('recognises duplicates by start time: the same run exported as FIT and as GPX imports once', async () => {
    const report = await importActivities([entry('a/run-2.fit', FIT_2), entry('b/run-2.gpx', GPX_2)]);
    expect(report.imported).toBe(1);
    expect(report.duplicates).toBe(1);
  });

  it('resumes: a second run after an interruption skips what was settled and imports the rest', async () => {
    const journal: string[] = [];
    const entries = [
      entry('1.fit', FIT_1),
      entry('2.fit', FIT_2),
      entry('bad.fit', fixture('fit/activity-filecrc.fit')),
      entry('3.fit', FIT_3),
    ];
    let seen = 0;
    await expect(
      importActivities(entries, {
        onRecord: (record) => void journal.push(journalLine(record)),
        onActivity: () => {
          if (++seen === 2) throw new Error('power cut');
        },
      }),
    ).rejects.toThrow('power cut');
    // A crash mid-write leaves a torn last line: ignored.
    const state = readImportJournal(`${journal.join('')}{"name":"2.f`);
    expect([...state.done]).toEqual(['1.fit']);
    const records: ImportRecord[] = [];
    const report = await importActivities(entries, { state, onRecord: (r) => void records.push(r) });
    expect(report.alreadyDone).toBe(1);
    expect(report.imported).toBe(2);
    expect(report.failed.map((f) => f.code)).toEqual(['bad-crc']);
    expect(records.map((r) => [r.name, r.status])).toEqual([
      ['2.fit', 'imported'],
      ['bad.fit', 'failed'],
      ['3.fit', 'imported'],
    ]);
  });

  it('streams a ZIP export: gzipped files, an archive inside the archive, one member too large', async () => {
    const inner = zipSync({ 'deep/run-3.fit': FIT_3 });
    const zip = zipSync({
      'export/activities/run-1.fit': FIT_1,
      'export/activities/run-2.fit.gz': gzipSync(FIT_2),
      'export/activities/run.tcx': fixture('tcx/no_hr.tcx'),
      'export/activities/huge.gpx': encodeUtf8(`<gpx>${' '.repeat(300_000)}</gpx>`),
      'export/uploads.zip': inner,
      'export/profile.json': strToU8('{}'),
    });
    const names: string[] = [];
    const report = await importActivities([entry('export.zip', zip, 1000)], {
      maxFileBytes: 200_000,
      onActivity: (a) => void names.push(a.name),
    });
    expect(names).toEqual([
      'export.zip/export/activities/run-1.fit',
      'export.zip/export/activities/run-2.fit.gz',
      'export.zip/export/activities/run.tcx',
      'export.zip/export/uploads.zip/deep/run-3.fit',
    ]);
    expect(report.failed.map((f) => [f.name, f.code])).toEqual([
      ['export.zip/export/activities/huge.gpx', 'too-large'],
    ]);
    expect(report.skipped).toBe(1);
  });

  it('reads a ZIP written as a stream (sizes after the data), and reports a damaged one by name', async () => {
    const parts: Uint8Array[] = [];
    const writer = new Zip((error, chunk) => {
      if (error !== null) throw error;
      parts.push(chunk);
    });
    for (const [name, bytes] of [
      ['a.fit', FIT_1],
      ['b.fit', FIT_2],
    ] as const) {
      const file = new ZipDeflate(name);
      writer.add(file);
      file.push(bytes, true);
    }
    writer.end();
    const streamed = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
    parts.reduce((at, p) => (streamed.set(p, at), at + p.length), 0);
    expect((await importActivities([entry('streamed.zip', streamed, 777)])).imported).toBe(2);

    const damaged = zipSync({ 'a.fit': FIT_1, 'b.fit': FIT_2 }).slice();
    damaged.fill(0x55, 200, 260);
    const report = await importActivities([entry('damaged.zip', damaged), entry('c.fit', FIT_3)]);
    expect(report.imported).toBeGreaterThanOrEqual(1);
    expect(report.failed.some((f) => f.name.startsWith('damaged.zip') && f.code === 'bad-archive')).toBe(
      true,
    );
  });

  it('reports progress as files settle', async () => {
    const seen: number[] = [];
    await importActivities([entry('1.fit', FIT_1), entry('x.txt', encodeUtf8('x')), entry('2.fit', FIT_2)], {
      onProgress: (p) => void seen.push(p.files),
    });
    expect(seen).toEqual([1, 2, 3]);
  });
});
