import { parseArgs } from 'node:util';
import { UsageError, type CliCommand, type CliContext } from './command';
import { commands as registeredCommands } from './commands';
import { describeError, mainMessages } from './messages';

function mainHelp(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return [mainMessages.usage, '', mainMessages.commandsTitle, ...lines].join('\n');
}

/** Splits `[global options] <command> [command args]`, using parseArgs' tokens to find the command word. */
function splitAtCommand(argv: readonly string[]): { global: string[]; name?: string; rest: string[] } {
  const { tokens } = parseArgs({ args: [...argv], strict: false, allowPositionals: true, tokens: true });
  const first = tokens.find((token) => token.kind === 'positional');
  if (!first) return { global: [...argv], rest: [] };
  return { global: argv.slice(0, first.index), name: first.value, rest: argv.slice(first.index + 1) };
}

/**
 * Runs one command line and returns the exit code: 0 success, 1 the command failed (message on
 * stderr), 2 the command line itself was wrong.
 */
export async function runCli(
  argv: readonly string[],
  context: CliContext,
  commands: readonly CliCommand[] = registeredCommands,
): Promise<number> {
  const { io } = context;
  const { global, name, rest } = splitAtCommand(argv);
  let globalHelp: boolean;
  try {
    const parsed = parseArgs({ args: global, options: { help: { type: 'boolean', short: 'h' } }, strict: true });
    globalHelp = parsed.values.help === true;
  } catch (error) {
    io.err(`${mainMessages.errorPrefix}${describeError(error)}\n\n${mainHelp(commands)}`);
    return 2;
  }
  if (globalHelp || name === 'help') {
    io.out(mainHelp(commands));
    return 0;
  }
  if (name === undefined) {
    io.err(`${mainMessages.missingCommand}\n\n${mainHelp(commands)}`);
    return 2;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(mainMessages.unknownCommand(name));
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.usage);
    return 0;
  }
  try {
    return await command.run(rest, context);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${mainMessages.errorPrefix}${error.message}\n${mainMessages.usageErrorHint(command.name)}`);
      return 2;
    }
    io.err(`${mainMessages.errorPrefix}${describeError(error)}`);
    return 1;
  }
}
