import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './run-cli';

// Built to <root>/out/cli/gongzhi.js, so the installation root (assets/, models/) is two folders up.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const io = {
  out: (line: string) => console.log(line),
  err: (line: string) => console.error(line),
};

// exitCode rather than process.exit(): lets stdout drain when it is a pipe.
process.exitCode = await runCli(process.argv.slice(2), { io, root: process.env.GONGZHI_ROOT ?? root });
