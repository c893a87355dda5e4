/** How a command declares its flags: enough for `parseArgs`, for error messages and for `--help`. */
export interface FlagSpec {
  /** Long name without dashes: `race-date`. */
  name: string;
  type: 'string' | 'boolean';
  short?: string;
  /** Placeholder shown in help and in "needs a value" messages: `DIST=TIME`. */
  valueName?: string;
  /** One line for `--help`. */
  description: string;
}

/** `--race-date`, or `-h, --help` when the flag has a short form. */
export function flagUsage(spec: FlagSpec): string {
  const long = `--${spec.name}${spec.valueName === undefined ? '' : ` ${spec.valueName}`}`;
  return spec.short === undefined ? long : `-${spec.short}, ${long}`;
}

/** The flag list a runner reads in "accepted flags: ..." messages. */
export function flagNames(specs: readonly FlagSpec[]): string {
  return specs.map((spec) => `--${spec.name}`).join(', ');
}
