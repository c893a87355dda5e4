/**
 * The built `speedwork` bin run as a real process, as a runner runs it: exit codes, both streams, and the
 * plan JSON checked against the published schema. `npm test` builds dist first (`tsc -b`).
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020Module from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const Ajv2020 = Ajv2020Module.default;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function speedwork(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

function readSchema(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../core/schema/${name}`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;
}

const planSchema = readSchema('plan.schema.json');
const pacesSchema = readSchema('paces.schema.json');
const ajv = new Ajv2020({ allErrors: true });
const validatePlan = ajv.compile(planSchema);
const validatePaces = ajv.compile(pacesSchema);

/** A plan a runner might ask for: 10 weeks, four days, a goal. */
const PLAN = [
  'plan',
  '--recent',
  '5k=25:00',
  '--goal',
  '5k=24:00',
  '--start',
  '2026-12-07',
  '--weeks',
  '10',
  '--days',
  'mon,wed,fri,sat',
];
const STACK_LINE = /^\s+at /m;

beforeAll(() => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: build first with \`npx tsc -b\``);
});

describe.concurrent('speedwork plan (process)', () => {
  it('prints the text plan week by week and exits 0', async () => {
    const run = await speedwork(...PLAN);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^SPEEDWORK PLAN · 10 weeks, Mon 7 Dec 2026 to Sun 14 Feb 2027\n/);
    for (let week = 1; week <= 10; week++) expect(run.stdout).toContain(`WEEK ${week} · `);
    expect(run.stdout).toMatch(/warm-up +800 m easy jog, then stretching/);
    expect(run.stdout).toMatch(
      /reps +2 × 100 m — first 30 m flat out, the last 70 m in about \d\d s \(\d:\d\d\/km\);/,
    );
  });

  it('prints Markdown with a heading per week', async () => {
    const run = await speedwork(...PLAN, '--format', 'md');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# Speedwork plan: 5K in 24:00\n/);
    expect(run.stdout.match(/^## Week \d+: /gm)).toHaveLength(10);
  });

  it('prints the plan JSON, valid against plan.schema.json', async () => {
    const run = await speedwork(...PLAN, '--format', 'json', '--units', 'mi', '--equipment', 'none');
    expect(run.code).toBe(0);
    const plan: unknown = JSON.parse(run.stdout);
    expect(validatePlan(plan), JSON.stringify(validatePlan.errors, null, 2)).toBe(true);
    expect(plan).toMatchObject({ format: 'speedwork.plan/1', profile: { units: 'mi', equipment: 'none' } });
  });

  it('R-INT-6: shows paces in miles when asked', async () => {
    const run = await speedwork(...PLAN, '--units', 'mi');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Paces /mi');
    expect(run.stdout).not.toContain('/km');
  });

  it('R-IN-1: a goal too far is accepted with a warning that names a realistic time', async () => {
    const run = await speedwork(
      'plan',
      '--recent',
      '5k=25:00',
      '--goal',
      '5k=18:00',
      '--start',
      '2026-12-07',
      '--weeks',
      '10',
      '--days',
      'mon,wed,fri,sat',
    );
    expect(run.code).toBe(0);
    expect(run.stdout.replace(/\s+/g, ' ')).toMatch(
      /! Your goal of 18:00 .* realistically bring about 2\d:\d\d/,
    );
  });

  it('starts on the next Monday when --start is left out', async () => {
    const run = await speedwork(
      'plan',
      '--recent',
      '5k=25:00',
      '--days',
      'tue,thu,sat',
      '--weeks',
      '2',
      '--format',
      'json',
    );
    expect(run.code).toBe(0);
    const start = (JSON.parse(run.stdout) as { profile: { start: string } }).profile.start;
    const startMs = Date.parse(`${start}T00:00:00Z`);
    const now = new Date();
    const todayMs = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
    expect(new Date(startMs).getUTCDay()).toBe(1);
    // A day of slack either side: the process may have read the clock across midnight.
    expect(startMs - todayMs).toBeGreaterThan(-86_400_000);
    expect(startMs - todayMs).toBeLessThanOrEqual(8 * 86_400_000);
  });
});

describe.concurrent('speedwork paces (process)', () => {
  it('prints VDOT, training paces and race equivalents', async () => {
    const run = await speedwork('paces', '--recent', '10k=45:00');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^VDOT \d\d\.\d from 10K in 45:00\n/);
    expect(run.stdout).toMatch(/threshold +\d:\d\d\/km/);
    expect(run.stdout).toMatch(/marathon +3:\d\d:\d\d/);
  });

  it('prints the paces JSON, valid against paces.schema.json', async () => {
    const run = await speedwork('paces', '--recent', '10k=45:00', '--format', 'json', '--units', 'mi');
    expect(run.code).toBe(0);
    const report: unknown = JSON.parse(run.stdout);
    expect(validatePaces(report), JSON.stringify(validatePaces.errors, null, 2)).toBe(true);
  });
});

describe.concurrent('speedwork help (process)', () => {
  it('prints the main help and the version', async () => {
    const help = await speedwork('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('speedwork plan --recent DIST=TIME --days DAYS');
    const version = await speedwork('--version');
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(version).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: '' });
  });

  it.each([{ command: 'help' }, { command: 'help plan' }, { command: 'help paces' }])(
    'every example in `speedwork $command` runs as printed',
    async ({ command }) => {
      const help = await speedwork(...command.split(' '));
      expect(help.code).toBe(0);
      const examples = help.stdout
        .slice(help.stdout.indexOf('\nExamples:\n'))
        .replace(/ \\\n\s+/g, ' ')
        .split('\n')
        .filter((line) => line.startsWith('  speedwork '))
        .map((line) => line.trim().split(/\s+/).slice(1));
      expect(examples.length).toBeGreaterThanOrEqual(3);
      for (const args of examples) {
        const run = await speedwork(...args);
        expect(run.code, `speedwork ${args.join(' ')}\n${run.stderr}`).toBe(0);
        expect(run.stdout).not.toBe('');
      }
    },
    // Several plans generated one after another, each as its own process.
    30_000,
  );
});

/** Each bad input of R-IN-1 with the flag its message must name and a piece of the accepted values. */
const BAD_INPUT: { name: string; args: string[]; flag: string; accepted: string }[] = [
  {
    name: 'a race faster than the world record',
    args: ['--recent', '5k=12:00'],
    flag: '--recent',
    accepted: '12:35 or slower',
  },
  {
    name: 'a goal faster than the world record',
    args: ['--recent', '5k=25:00', '--goal', '5k=12:00'],
    flag: '--goal',
    accepted: '12:35 or slower',
  },
  {
    name: 'a pace slower than walking',
    args: ['--recent', '10k=2:30:00'],
    flag: '--recent',
    accepted: '2:00:00 or faster',
  },
  {
    name: 'no available days',
    args: ['--recent', '5k=25:00', '--days', ''],
    flag: '--days',
    accepted: 'mon, tue, wed, thu, fri, sat, sun',
  },
  {
    name: '1 week',
    args: ['--recent', '5k=25:00', '--weeks', '1'],
    flag: '--weeks',
    accepted: 'from 2 to 52',
  },
  {
    name: '53 weeks',
    args: ['--recent', '5k=25:00', '--weeks', '53'],
    flag: '--weeks',
    accepted: 'from 2 to 52',
  },
  {
    name: 'an unknown distance',
    args: ['--recent', '4k=20:00'],
    flag: '--recent',
    accepted: '1500m, mile, 3k, 5k, 10k, 15k, half, marathon',
  },
  {
    name: 'a date that does not exist',
    args: ['--recent', '5k=25:00', '--start', '2026-02-30'],
    flag: '--start',
    accepted: 'YYYY-MM-DD',
  },
  {
    name: 'a date in words',
    args: ['--recent', '5k=25:00', '--start', 'tomorrow'],
    flag: '--start',
    accepted: 'YYYY-MM-DD',
  },
  {
    name: 'a malformed race date',
    args: ['--recent', '5k=25:00', '--race-date', '14/03/2027'],
    flag: '--race-date',
    accepted: 'YYYY-MM-DD',
  },
  {
    name: 'an unknown flag',
    args: ['--recent', '5k=25:00', '--colour', 'red'],
    flag: '--colour',
    accepted: '--recent, --goal, --race-date',
  },
  { name: 'a race without "="', args: ['--recent', '5k'], flag: '--recent', accepted: '5k=25:00' },
  {
    name: 'an unknown format',
    args: ['--recent', '5k=25:00', '--format', 'pdf'],
    flag: '--format',
    accepted: 'text, md, json',
  },
  {
    name: 'a weekly distance without a unit',
    args: ['--recent', '5k=25:00', '--weekly-distance', '30'],
    flag: '--weekly-distance',
    accepted: 'such as 30km or 20mi',
  },
  {
    name: 'a longest run beyond what speedwork plans from',
    args: ['--recent', '5k=25:00', '--longest-run', '70km'],
    flag: '--longest-run',
    accepted: 'up to 60 km',
  },
  {
    name: 'an unknown level',
    args: ['--recent', '5k=25:00', '--level', 'elite'],
    flag: '--level',
    accepted: 'beginner, intermediate, advanced',
  },
];

describe.concurrent('R-IN-1: bad input to speedwork plan (process)', () => {
  it.each(BAD_INPUT)(
    'R-IN-1: $name → exit 2, names $flag and what it accepts',
    async ({ args, flag, accepted }) => {
      const base = ['--start', '2026-12-07', '--weeks', '10', '--days', 'mon,wed,fri,sat'];
      const run = await speedwork('plan', ...base, ...args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(flag);
      expect(run.stderr).toContain(accepted);
      expect(run.stderr).not.toMatch(STACK_LINE);
      expect(run.stderr.trimEnd().split('\n').at(-1)).toBe(
        "Run 'speedwork plan --help' for the flags and examples.",
      );
    },
  );

  it('R-IN-1: reports every bad flag at once, one line each', async () => {
    const run = await speedwork(
      'plan',
      '--recent',
      '5k=12:00',
      '--start',
      'tomorrow',
      '--weeks',
      '60',
      '--days',
      '',
      '--units',
      'yards',
    );
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines.map((line) => /^speedwork plan: (--[a-z-]+)/.exec(line)?.[1])).toEqual([
      '--recent',
      '--start',
      '--weeks',
      '--days',
      '--units',
      undefined,
    ]);
  });
});

describe.concurrent('R-IN-1: bad input elsewhere (process)', () => {
  it('R-IN-1: a paces race faster than the world record', async () => {
    const run = await speedwork('paces', '--recent', 'marathon=1:50:00');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--recent');
    expect(run.stderr).toContain('or slower for marathon');
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('R-IN-1: an unknown command lists the commands', async () => {
    const run = await speedwork('train', '--recent', '5k=25:00');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'unknown command "train"; accepted: commands: plan, paces, analyze, import, help',
    );
  });
});

describe('plan.schema.json', () => {
  it('carries the same paces definition as paces.schema.json', () => {
    const defs = planSchema.$defs as Record<string, unknown>;
    const { description: _description, ...pacesReport } = defs.pacesReport as Record<string, unknown>;
    const {
      $schema: _schema,
      title: _title,
      description: _pacesDescription,
      $defs: pacesDefs,
      ...pacesBody
    } = pacesSchema;
    expect(pacesReport).toEqual(pacesBody);
    for (const [name, definition] of Object.entries(pacesDefs as Record<string, unknown>))
      expect(defs[name]).toEqual(definition);
  });

  it('R-INT-2: rejects a track session without its warm-up, and a format it does not know', async () => {
    const run = await speedwork(...PLAN, '--format', 'json');
    const plan = JSON.parse(run.stdout) as { format: string; sessions: { type: string; warmup?: unknown }[] };
    const track = plan.sessions.find((session) => session.type === 'track');
    if (track === undefined) throw new Error('a 10-week plan has track sessions');
    delete track.warmup;
    expect(validatePlan(plan)).toBe(false);
    expect(validatePlan({ ...plan, format: 'speedwork.plan/2' })).toBe(false);
  });
});

const FIXTURE_DIR = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

describe.concurrent('speedwork analyze and plan --format ics (process)', () => {
  it('analyzes a real watch file', async () => {
    const run = await speedwork(
      'analyze',
      `${FIXTURE_DIR}fit/activity-small-fenix2-run.fit`,
      '--format',
      'json',
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ activity: { format: 'fit', sampleCount: 2809 } });
  });

  it('R-IN-1: a broken file exits 2 with the reason naming the file, never a stack trace', async () => {
    for (const file of [
      'fit/activity-unexpected-eof.fit',
      'fit/activity-filecrc.fit',
      'gpx/cerknicko-without-times.gpx',
    ]) {
      const run = await speedwork('analyze', `${FIXTURE_DIR}${file}`);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(
        new RegExp(`^speedwork analyze: \\S*${file.replace('.', '\\.')}: .+ \\([a-z-]+\\)\\n$`),
      );
      expect(run.stderr).not.toMatch(STACK_LINE);
    }
  });

  it('prints a plan as an iCalendar feed', async () => {
    const run = await speedwork(...PLAN, '--format', 'ics');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(run.stdout).toMatch(/END:VCALENDAR\r\n$/);
  });
});
