/**
 * `speedwork import DIR|ZIP`: a runner's whole history (a Garmin or Strava export, a folder of files) into
 * one JSON-lines file of analyzed activities, with a progress bar, each bad file named with its reason, and
 * a journal to resume from when interrupted. Running it again over the same source imports only what is new.
 */
import {
  importActivities,
  journalLine,
  readImportJournal,
  summarizeActivity,
  type ImportEntry,
  type ImportedActivity,
  type ImportReport,
} from '@speedwork/formats';
import { parseFlags } from '../args/parse-flags.js';
import { ioProblem, type CliIo } from '../io/cli-io.js';
import { progressBar } from '../render/progress-bar.js';
import { parseChoiceFlag } from './choice-flag.js';
import {
  fileFailure,
  success,
  usageFailure,
  type CliContext,
  type CommandOutcome,
} from './command-outcome.js';
import { booleanFlag, stringFlag } from './flag-value.js';
import { IMPORT_HELP } from './help-text.js';
import { DEFAULT_IMPORT_OUT, IMPORT_FLAGS, IMPORT_FORMATS } from './import-flags.js';

/**
 * Runs `speedwork import` with the words after `import`.
 * @example (await runImportCommand(['export.zip'], context)).stdout // "Imported 812 activities ..."
 */
export async function runImportCommand(
  args: readonly string[],
  context: CliContext,
): Promise<CommandOutcome> {
  const parsed = parseFlags(args, IMPORT_FLAGS, { name: 'DIR|ZIP', max: 1 });
  if (!parsed.ok) return usageFailure('import', parsed.problems);
  if (booleanFlag(parsed.values, 'help')) return success(IMPORT_HELP);
  const [source] = parsed.positionals;
  const format = parseChoiceFlag('format', stringFlag(parsed.values, 'format'), IMPORT_FORMATS, 'text');
  const problems: string[] = [];
  if (source === undefined) problems.push('give the folder or ZIP file to import');
  if (!format.ok) problems.push(format.problem);
  if (source === undefined || !format.ok) return usageFailure('import', problems);

  const io = context.io;
  const found = await io.info(source);
  if (found === null || found.kind === 'other')
    return fileFailure('import', source, 'no such file or folder');
  const out = stringFlag(parsed.values, 'out') ?? DEFAULT_IMPORT_OUT;
  const statePath = stringFlag(parsed.values, 'state') ?? `${out}.state`;

  let journal: string | null;
  try {
    journal = await io.readTextIfExists(statePath);
  } catch (error) {
    return fileFailure('import', statePath, ioProblem(error));
  }
  const state = readImportJournal(journal ?? '');
  const total = found.kind === 'directory' ? await folderBytes(io, source) : found.sizeBytes;
  const entries: AsyncIterable<ImportEntry> | ImportEntry[] =
    found.kind === 'directory'
      ? io.folderEntries(source)
      : [io.fileEntry(source, baseName(source), found.sizeBytes)];

  const bar = progressBar(io.terminal, 'import', () => context.now().getTime());
  let report: ImportReport;
  try {
    report = await importActivities(entries, {
      state,
      salvage: booleanFlag(parsed.values, 'salvage'),
      onActivity: (imported) => io.appendFile(out, outputLine(imported)),
      onRecord: async (record) => {
        await io.appendFile(statePath, journalLine(record));
        if (record.status === 'failed')
          bar.message(`speedwork import: ${record.name}: ${record.message ?? ''} (${record.code ?? ''})`);
      },
      onProgress: (progress) => {
        const failed = progress.failed > 0 ? ` · ${progress.failed} failed` : '';
        bar.update(
          progress.bytesRead,
          total,
          `${progress.files} files · ${progress.imported} imported${failed}`,
        );
      },
    });
  } catch (error) {
    bar.finish();
    return fileFailure('import', source, ioProblem(error));
  }
  bar.finish();

  const exitCode = report.failed.length > 0 ? 2 : 0;
  if (format.value === 'json') {
    return { ...success(JSON.stringify({ ...report, out, state: statePath }, null, 2)), exitCode };
  }
  return { ...success(reportText(report, out, statePath)), exitCode };
}

/** One line of the output: which file, the activity's summary and its intervals (not every sample). */
function outputLine(imported: ImportedActivity): string {
  return `${JSON.stringify({
    file: imported.name,
    activity: summarizeActivity(imported.activity),
    source: imported.analysis.source,
    intervals: imported.analysis.intervals,
  })}\n`;
}

function reportText(report: ImportReport, out: string, statePath: string): string {
  const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  const lines = [
    `Imported ${count(report.imported, 'activity', 'activities')} into ${out}.`,
    [
      `${count(report.duplicates, 'duplicate', 'duplicates')} left out`,
      `${report.failed.length} failed`,
      `${count(report.skipped, 'other file', 'other files')} skipped${skippedKinds(report)}`,
      `${report.alreadyDone} settled before`,
    ].join(' · '),
  ];
  if (report.failed.length > 0) {
    lines.push(
      `Failed files are listed above; run the same command again to retry them (journal: ${statePath}).`,
    );
  }
  return lines.join('\n');
}

/** " (settings 3, weight 2, route 1)": what the skipped files held, most first. */
function skippedKinds(report: ImportReport): string {
  const kinds = Object.entries(report.skippedByKind).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (kinds.length === 0) return '';
  return ` (${kinds.map(([kind, n]) => `${kind === 'other' ? 'not activity files' : kind} ${n}`).join(', ')})`;
}

/** Total bytes under a folder, for the progress bar: one quick walk before the real one. */
async function folderBytes(io: CliIo, path: string): Promise<number> {
  let total = 0;
  for await (const entry of io.folderEntries(path)) total += entry.sizeBytes ?? 0;
  return total;
}

function baseName(path: string): string {
  return (
    path
      .split(/[\\/]/)
      .filter((part) => part !== '')
      .pop() ?? path
  );
}
