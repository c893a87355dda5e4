/** The `--help` pages: what each command does, its flags, and examples that run as printed. */
import { ACCEPTED_DISTANCES, ACCEPTED_TIME } from '@speedwork/core';
import { flagUsage, type FlagSpec } from '../args/flag-spec.js';
import { ADAPT_FLAGS } from './adapt-flags.js';
import { ANALYZE_FLAGS } from './analyze-flags.js';
import { IMPORT_FLAGS } from './import-flags.js';
import { PACES_FLAGS } from './paces-flags.js';
import { PLAN_FLAGS } from './plan-flags.js';

const INPUTS = [
  'Values:',
  `  DIST      ${ACCEPTED_DISTANCES}`,
  `  TIME      ${ACCEPTED_TIME}`,
  '  DATE      YYYY-MM-DD, such as 2026-12-07',
  '  DAYS      comma-separated weekdays: mon, tue, wed, thu, fri, sat, sun',
];

/** Only `plan` takes training distances (R-VOL-1). */
const DISTANCE_INPUT = '  DISTANCE  a number and km or mi, such as 30km, 12.5km or 20mi';

export const MAIN_HELP = [
  'speedwork: a speed-training coach for runners, from 5K to the marathon.',
  'Strength work, interval running and technique, paced for you from one recent race.',
  '',
  'Usage:',
  '  speedwork plan --recent DIST=TIME --days DAYS [flags]   a day-by-day training plan',
  '  speedwork paces --recent DIST=TIME [flags]              your training paces and race equivalents',
  '  speedwork adapt PLAN.json --logs FILE [flags]           the plan adapted to what you ran',
  '  speedwork analyze FILE [--plan FILE] [flags]            the reps of a FIT, GPX or TCX activity',
  '  speedwork import DIR|ZIP [flags]                        a whole history of activity files',
  '  speedwork help [plan|paces|adapt|analyze|import]        help for a command',
  '  speedwork --version                                     the version of speedwork',
  '',
  'Examples:',
  '  speedwork plan --recent 5k=25:00 --goal 5k=23:30 --race-date 2027-03-14 --start 2026-12-07 \\',
  '    --days mon,wed,fri,sat',
  '  speedwork plan --recent 10k=52:00 --start 2026-12-07 --weeks 8 --days tue,thu,sat --equipment none',
  '  speedwork paces --recent 10k=45:00 --units mi',
  '',
  "Run 'speedwork help COMMAND' for every flag of a command.",
].join('\n');

export const PLAN_HELP = [
  'Usage: speedwork plan --recent DIST=TIME --days DAYS [flags]',
  '',
  'Builds a day-by-day plan on the three pillars of speed: strength and plyometrics first, then track',
  'and hill intervals paced from your race, with a technique focus on every run. Around them: easy runs',
  'with strides, a long run that grows by small steps, and work specific to your race (threshold,',
  'interval and goal-pace reps, marathon pace), rising gradually from what you run now, with lighter',
  'weeks. With a race date the plan ends with a taper sized for the distance, and the race.',
  '',
  'Flags:',
  ...flagLines(PLAN_FLAGS),
  '',
  ...INPUTS,
  DISTANCE_INPUT,
  '',
  'Without --weekly-distance and --longest-run the plan assumes a starting volume from your level and',
  'race, and says so at the top; give them and week 1 starts where you are.',
  '',
  'Examples:',
  '  # 14 weeks to a 5K race, training four days a week with a gym',
  '  speedwork plan --recent 5k=25:00 --goal 5k=23:30 --race-date 2027-03-14 --start 2026-12-07 \\',
  '    --days mon,wed,fri,sat',
  '  # a half marathon from 30 km a week with a longest run of 14 km',
  '  speedwork plan --recent 10k=50:00 --goal half=1:50:00 --race-date 2027-04-11 --start 2026-12-07 \\',
  '    --days tue,thu,sat,sun --weekly-distance 30km --longest-run 14km',
  '  # 10 weeks, no weights at home, paces in miles',
  '  speedwork plan --recent half=1:52:00 --start 2026-12-07 --weeks 10 --days tue,thu,sat,sun \\',
  '    --equipment none --units mi',
  '  # the plan as JSON (format speedwork.plan/1) for another program',
  '  speedwork plan --recent 10k=45:00 --start 2026-12-07 --weeks 12 --days mon,wed,sat --format json',
  '  # the plan as a calendar: save it and import it, or serve it for a calendar app to subscribe to',
  '  speedwork plan --recent 10k=45:00 --start 2026-12-07 --weeks 12 --days mon,wed,sat --format ics',
  '',
  'Watch workouts: --format fit --out DIR writes one FIT workout per session, named by date and type',
  '(2026-12-07-strength.fit), to copy to a Garmin watch (its NewFiles folder) or import in an app.',
].join('\n');

export const ADAPT_HELP = [
  'Usage: speedwork adapt PLAN.json --logs LOGS.json [--races RACES.json] [--today DATE] [flags]',
  '',
  'Adapts a saved plan to what you really ran. Sessions on or before --today stay as they were; the ones',
  'after it follow your logs and results: a race or time trial re-paces them, a skipped or too-hard step is',
  'repeated, pain or illness eases the next run, two weeks off bring the volume back gradually. Every',
  'change says which session, before and after, and why.',
  '',
  'Flags:',
  ...flagLines(ADAPT_FLAGS),
  '',
  'LOGS.json:  [{ "sessionId": "2026-12-15-track", "status": "done|partly|skipped|pain|ill", "rpe": 7,',
  '              "reps": [{ "timeS": 24.8, "distanceM": 150 }] }]',
  'RACES.json: [{ "date": "2027-01-09", "distance": "5k", "time": "24:10", "kind": "race|time-trial" }]',
  '',
  'Exit codes: 0 done, 2 bad input (the file and the field are named).',
  '',
  'Examples:',
  '  speedwork plan --recent 5k=25:00 --start 2026-12-07 --days mon,wed,fri,sat --format json > plan.json',
  '  speedwork adapt plan.json --logs logs.json --today 2026-12-20',
  '  speedwork adapt plan.json --logs logs.json --races races.json --today 2027-01-10 --format json > adapted.json',
].join('\n');

export const ANALYZE_HELP = [
  'Usage: speedwork analyze FILE [--plan FILE [--date DATE]] [flags]',
  '',
  'Reads an activity your watch or phone recorded (FIT, GPX or TCX, gzipped or not) and finds its reps: from',
  "the watch's laps when it marked them, from the speed otherwise (a run clearly faster in stretches; never a",
  "steady run with stops, nor a ride or a swim). With a plan, each rep of that day's session is matched: its",
  'time, distance and pace, the difference from the target, and what was missed. A file holding several',
  'activities is read for its first, with a warning (`speedwork import` reads them all).',
  '',
  'Flags:',
  ...flagLines(ANALYZE_FLAGS),
  '',
  'Exit codes: 0 done, 2 bad input (an unreadable file is named with the reason).',
  '',
  'Examples:',
  '  speedwork analyze track-session.fit',
  '  speedwork plan --recent 5k=25:00 --start 2026-12-07 --days mon,wed,fri,sat --format json > plan.json',
  '  speedwork analyze track-session.fit --plan plan.json --date 2026-12-14 --format json',
].join('\n');

export const IMPORT_HELP = [
  'Usage: speedwork import DIR|ZIP [flags]',
  '',
  'Imports a whole history: a folder of activity files or a ZIP export (Garmin, Strava: FIT, GPX, TCX,',
  'gzipped or in archives inside the archive). Each activity is analyzed for reps and appended as one',
  'JSON line to --out. Duplicates are recognised by their start time; a bad file is reported by name',
  'with the reason while the rest import. Interrupted? Run the same command again: it resumes.',
  '',
  'Flags:',
  ...flagLines(IMPORT_FLAGS),
  '',
  'Exit codes: 0 every file imported or skipped, 2 some files failed (listed on stderr).',
  '',
  'Examples:',
  '  speedwork import ~/Downloads/strava-export.zip',
  '  speedwork import ./garmin-fit-files --out history.jsonl',
].join('\n');

export const PACES_HELP = [
  'Usage: speedwork paces --recent DIST=TIME [flags]',
  '',
  'Your VDOT from one race, the training paces it gives (easy, marathon, threshold, interval,',
  "repetition), and what it predicts for 1500 m to the marathon by the VDOT model and by Riegel's formula.",
  '',
  'Flags:',
  ...flagLines(PACES_FLAGS),
  '',
  ...INPUTS.slice(0, 3),
  '',
  'Examples:',
  '  speedwork paces --recent 10k=45:00',
  '  speedwork paces --recent 5k=25:00 --units mi',
  '  speedwork paces --recent marathon=3:29:30 --format json',
].join('\n');

function flagLines(specs: readonly FlagSpec[]): string[] {
  const usages = specs.map((spec) => flagUsage(spec));
  const width = Math.max(...usages.map((usage) => usage.length));
  return specs.map((spec, i) => `  ${(usages[i] ?? '').padEnd(width)}  ${spec.description}`);
}
