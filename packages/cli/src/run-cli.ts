/**
 * The `speedwork` command line without the process: words in, streams and exit code out. `bin.ts` is the
 * only file that touches `process`, so every path here runs in tests without spawning anything.
 */
import { success, usageFailure, type CliContext, type CommandOutcome } from './commands/command-outcome.js';
import {
  ADAPT_HELP,
  ANALYZE_HELP,
  IMPORT_HELP,
  MAIN_HELP,
  PACES_HELP,
  PLAN_HELP,
} from './commands/help-text.js';
import { runPacesCommand } from './commands/paces-command.js';
import { runPlanCommand } from './commands/plan-command.js';

const COMMANDS = ['plan', 'paces', 'analyze', 'import', 'help'] as const;
const HELP_TOPICS = 'plan, paces, adapt, analyze, import';
const ACCEPTED = `commands: ${COMMANDS.join(', ')}; flags: --help, --version`;

/**
 * Runs one invocation of `speedwork`.
 * @example await runCli(['paces', '--recent', '10k=45:00'], context)
 */
export async function runCli(args: readonly string[], context: CliContext): Promise<CommandOutcome> {
  const [command, ...rest] = args;
  switch (command) {
    case undefined:
    case '--help':
    case '-h':
      return success(MAIN_HELP);
    case '--version':
    case '-v':
      return success(context.version());
    case 'help':
      return helpFor(rest);
    case 'plan':
      return runPlanCommand(rest, context);
    case 'paces':
      return runPacesCommand(rest, context);
    case 'adapt':
      return (await import('./commands/adapt-command.js')).runAdaptCommand(rest, context);
    // Commands that read activity files load the file formats (and the FIT SDK) only when run.
    case 'analyze':
      return (await import('./commands/analyze-command.js')).runAnalyzeCommand(rest, context);
    case 'import':
      return (await import('./commands/import-command.js')).runImportCommand(rest, context);
    default: {
      const what = command.startsWith('-') ? 'flag' : 'command';
      return usageFailure(undefined, [`unknown ${what} ${JSON.stringify(command)}; accepted: ${ACCEPTED}`]);
    }
  }
}

function helpFor(topics: readonly string[]): CommandOutcome {
  const [topic, ...extra] = topics;
  if (extra.length > 0)
    return usageFailure(undefined, [`help takes one command at most; accepted: ${HELP_TOPICS}`]);
  switch (topic) {
    case undefined:
      return success(MAIN_HELP);
    case 'plan':
      return success(PLAN_HELP);
    case 'paces':
      return success(PACES_HELP);
    case 'adapt':
      return success(ADAPT_HELP);
    case 'analyze':
      return success(ANALYZE_HELP);
    case 'import':
      return success(IMPORT_HELP);
    default:
      return usageFailure(undefined, [`no help for ${JSON.stringify(topic)}; accepted: ${HELP_TOPICS}`]);
  }
}
