/** Where a command writes: injected so tests can run commands in-process and read what they printed. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export interface CliContext {
  io: CliIo;
  /** The installation's root folder (holds package.json, assets/ and models/). */
  root: string;
}

/**
 * One `gongzhi <name> …` command. `run` gets the arguments after the command name and returns the exit
 * code; it throws UsageError for bad arguments (exit 2) and anything else for failures (exit 1).
 */
export interface CliCommand {
  readonly name: string;
  /** One line for `gongzhi --help`. */
  readonly summary: string;
  /** Full usage text for `gongzhi <name> --help`. */
  readonly usage: string;
  run(args: readonly string[], context: CliContext): Promise<number>;
}

/** Bad command line: reported with the usage and exit code 2, as Unix tools do. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
