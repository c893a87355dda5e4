// Formats benchmarks (issue 5), run by bench/run.js on the built packages. Prints figures and ratios against a
// baseline measured in the same run (these machines are shared and noisy). See bench/README.md.
//
// 1. Import of 1,000 one-hour FIT activities (1 s samples): decode + normalize + rep detection, through the bulk
//    importer as `speedwork import` runs it (files streamed from a folder, a journal written per file), against
//    @garmin/fitsdk's decode alone (read the file, checkIntegrity, read) on the same files, in alternating rounds.
// 2. `speedwork analyze` on a one-hour FIT file as a whole process, against `node -e ""`, interleaved.
// 3. Peak memory of the bulk import for 100 and for 1,000 files, each in a fresh process.
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CrcCalculator, Decoder, Stream } from '@garmin/fitsdk';
import {
  encodeFitActivity,
  importActivities,
  journalLine,
  summarizeActivity,
  synthetic,
} from '@speedwork/formats';
import { nodeIo } from '../packages/cli/dist/io/node-io.js';

const FILES = 1000;
const self = fileURLToPath(import.meta.url);
const io = nodeIo({ isTTY: false, columns: 80, write: () => undefined });

/** Every file of a folder as import entries, the first `count` by name, read as the CLI reads them. */
function entriesOf(dir, count) {
  return readdirSync(dir)
    .sort()
    .slice(0, count)
    .map((name) => io.fileEntry(join(dir, name), name, statSync(join(dir, name)).size));
}

/** The bulk import as the CLI runs it: each activity's summary and intervals appended, each file journaled. */
async function importFolder(dir, count, work) {
  const out = join(work, 'activities.jsonl');
  const journal = join(work, 'journal');
  writeFileSync(out, '');
  writeFileSync(journal, '');
  let peakHeap = 0;
  let settled = 0;
  const report = await importActivities(entriesOf(dir, count), {
    onActivity: (imported) => {
      const line = {
        file: imported.name,
        activity: summarizeActivity(imported.activity),
        intervals: imported.analysis.intervals,
      };
      appendFileSync(out, `${JSON.stringify(line)}\n`);
    },
    onRecord: (record) => appendFileSync(journal, journalLine(record)),
    onProgress: () => {
      // Live heap: what the import holds, measured after a full collection every 20 files (when run with
      // --expose-gc; otherwise the heap as found, garbage included).
      if (globalThis.gc !== undefined && ++settled % 20 !== 0) return;
      globalThis.gc?.();
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    },
  });
  return { report, peakHeap };
}

// Child mode: one import in a fresh process, reporting its peak memory.
if (process.argv[2] === '--memory') {
  const [, , , dir, count] = process.argv;
  const work = mkdtempSync(join(tmpdir(), 'speedwork-memory-'));
  const { report, peakHeap } = await importFolder(dir, Number(count), work);
  rmSync(work, { recursive: true, force: true });
  const maxRssBytes = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ imported: report.imported, peakHeap, maxRssBytes }));
  process.exit(0);
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;

// --- Generate the files: 8 one-hour interval sessions encoded with Garmin's encoder, each copied 125 times
// with its timestamps moved by whole days (the encoder takes ~90 ms a file; moving times takes ~1 ms).
const root = mkdtempSync(join(tmpdir(), 'speedwork-formats-bench-'));
const dir = join(root, 'activities');
mkdirSync(dir);
const generateStart = performance.now();
const bases = synthetic.LADDER_SESSIONS.flatMap((session, i) => [
  session,
  synthetic.LADDER_SESSIONS[(i + 2) % 5],
])
  .slice(0, 8)
  .map((session, i) => {
    const segments = synthetic.sessionSegments(session, synthetic.TYPICAL_RUNNER, 100 + i);
    const run = synthetic.synthesizeRun({
      startMs: Date.UTC(2026, 0, 1, 7),
      seed: 100 + i,
      // One hour in all: the session, then easy running to fill the hour.
      segments: [...segments, { kind: 'cooldown', durationS: 3600, speedMPerS: 2.7 }],
      laps: i % 2 === 0 ? 'none' : 'auto-km',
    });
    const samples = run.activity.samples.filter((sample) => sample.timeS < 3600);
    return encodeFitActivity({
      ...run.activity,
      samples,
      laps: run.activity.laps.filter((l) => l.startS < 3600),
    });
  });
for (let i = 0; i < FILES; i++) {
  const base = bases[i % bases.length];
  writeFileSync(join(dir, `${String(i).padStart(4, '0')}.fit`), retimed(base, (i + 1) * 86_400));
}
const totalBytes = readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
console.log(
  `generated ${FILES} one-hour FIT activities (3,600 records each, ${mb(totalBytes)}) in ${s(performance.now() - generateStart)}`,
);

// --- 1. Time: alternating rounds, so noise hits both alike; the fastest round of each is kept.
const names = readdirSync(dir).sort();
function decodeAlone() {
  let records = 0;
  for (const name of names) {
    const decoder = new Decoder(Stream.fromByteArray(readFileSync(join(dir, name))));
    if (!decoder.checkIntegrity()) throw new Error(`${name} fails the integrity check`);
    const { messages, errors } = decoder.read();
    if (errors.length > 0) throw errors[0];
    records += messages.recordMesgs.length;
  }
  return records;
}
const rounds = { baseline: [], pipeline: [] };
let records = 0;
let report;
const work = mkdtempSync(join(tmpdir(), 'speedwork-import-'));
for (let round = 0; round < 3; round++) {
  let t0 = performance.now();
  records = decodeAlone();
  rounds.baseline.push(performance.now() - t0);
  t0 = performance.now();
  ({ report } = await importFolder(dir, FILES, work));
  rounds.pipeline.push(performance.now() - t0);
}
if (report.imported !== FILES || report.failed.length > 0)
  throw new Error(`import: ${JSON.stringify(report)}`);
const baseline = Math.min(...rounds.baseline);
const pipeline = Math.min(...rounds.pipeline);
const workReps = readFileSync(join(work, 'activities.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .reduce((sum, line) => sum + JSON.parse(line).intervals.filter((i) => i.kind === 'work').length, 0);
console.log(`@garmin/fitsdk decode alone (read + checkIntegrity + read), ${records} records: ${s(baseline)}`);
console.log(
  `bulk import (decode + normalize + rep detection + journal), ${report.imported} activities, ${workReps} work reps found: ${s(pipeline)}`,
);
console.log(
  `rounds (s): decode ${rounds.baseline.map((x) => (x / 1000).toFixed(2)).join(', ')}; import ${rounds.pipeline.map((x) => (x / 1000).toFixed(2)).join(', ')}`,
);
console.log(
  `import / decode alone: ${(pipeline / baseline).toFixed(2)} × (target <= 1.3 ×); import time ${s(pipeline)} (target <= 30 s)`,
);

// --- 2. `speedwork analyze` on one of the one-hour files as a whole process vs `node -e ""`, interleaved so
// noise hits both alike (the CLI as installed: its launcher and bundle, Garmin's SDK loaded beside it).
const cli = fileURLToPath(new URL('../packages/cli/bin/speedwork.js', import.meta.url));
const oneHour = join(dir, names[0]);
const timeProcess = (argv) => {
  const t0 = performance.now();
  execFileSync(process.execPath, argv, { stdio: ['ignore', 'ignore', 'inherit'] });
  return performance.now() - t0;
};
const analyzeMs = [];
const nodeMs = [];
for (let i = 0; i < 3; i++) timeProcess([cli, 'analyze', oneHour]);
for (let i = 0; i < 25; i++) {
  nodeMs.push(timeProcess(['-e', '']));
  analyzeMs.push(timeProcess([cli, 'analyze', oneHour, '--format', 'json']));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `speedwork analyze (one-hour FIT, 3,600 records) --format json, 25 interleaved runs: median ${median(analyzeMs).toFixed(0)} ms; ` +
    `node -e "": median ${median(nodeMs).toFixed(0)} ms; ratio ${(median(analyzeMs) / median(nodeMs)).toFixed(2)} × (target <= 3 ×)`,
);

// --- 3. Memory: the same import of 100 and of 1,000 files, each in a fresh process.
const memory = [100, FILES].map((count) => {
  const output = execFileSync(process.execPath, ['--expose-gc', self, '--memory', dir, String(count)], {
    encoding: 'utf8',
  });
  return { count, ...JSON.parse(output.trim().split('\n').pop()) };
});
for (const m of memory) {
  console.log(
    `peak memory importing ${m.count} files: live heap ${mb(m.peakHeap)}, RSS ${mb(m.maxRssBytes)}`,
  );
}
const [small, large] = memory;
console.log(
  `peak memory 1,000 vs 100 files: heap ${(large.peakHeap / small.peakHeap).toFixed(2)} ×, RSS ${(large.maxRssBytes / small.maxRssBytes).toFixed(2)} × (target: independent of the number of files, ~1 ×)`,
);

rmSync(root, { recursive: true, force: true });
rmSync(work, { recursive: true, force: true });

/**
 * A copy of a FIT file (as Garmin's encoder writes it: normal headers, no developer fields) with every date-time
 * moved by `offsetS`, and its CRC made right again.
 */
function retimed(bytes, offsetS) {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const headerSize = out[0];
  const end = headerSize + view.getUint32(4, true);
  // Date-time fields by global message: timestamp (253) everywhere, and the starts.
  const dateFields = { 0: [4], 18: [2], 19: [2] };
  const definitions = [];
  let at = headerSize;
  while (at < end) {
    const header = out[at++];
    const local = header & 0x0f;
    if (header & 0x40) {
      const littleEndian = out[at + 1] === 0;
      const global = view.getUint16(at + 2, littleEndian);
      const count = out[at + 4];
      at += 5;
      const fields = [];
      let offset = 0;
      for (let f = 0; f < count; f++, at += 3) {
        const [number, size] = [out[at], out[at + 1]];
        const isDate = number === 253 || (dateFields[global] ?? []).includes(number);
        if (isDate && size === 4) fields.push(offset);
        offset += size;
      }
      definitions[local] = { fields, size: offset, littleEndian };
    } else {
      const definition = definitions[local];
      for (const offset of definition.fields) {
        const value = view.getUint32(at + offset, definition.littleEndian);
        if (value !== 0xffffffff) view.setUint32(at + offset, value + offsetS, definition.littleEndian);
      }
      at += definition.size;
    }
  }
  view.setUint16(end, CrcCalculator.calculateCRC(out, 0, end), true);
  return out;
}
