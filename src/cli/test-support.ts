import type { CliContext } from './command';

export interface CapturedIo {
  context: CliContext;
  stdout: () => string;
  stderr: () => string;
}

/** A CLI context whose output is collected, for running commands in-process. */
export function captureIo(root: string): CapturedIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    context: { root, io: { out: (line) => out.push(line), err: (line) => err.push(line) } },
    stdout: () => out.join('\n'),
    stderr: () => err.join('\n'),
  };
}
