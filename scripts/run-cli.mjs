// `npm run cli -- <args>`: rebuilds out/cli/gongzhi.js when any CLI input is newer than it, then runs it
// with the given arguments and passes its exit code through. The up-to-date check keeps repeated runs fast.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const output = join(root, 'out', 'cli', 'gongzhi.js');
const inputs = [
  join(root, 'src'),
  join(root, 'assets', 'frameworks'),
  join(root, 'assets', 'catalog'),
  join(root, 'vite.cli.config.ts'),
  join(root, 'package.json'),
];

function newestModification(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestModification(join(path, entry)));
  return newest;
}

function isStale() {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return inputs.some((input) => existsSync(input) && newestModification(input) > built);
}

if (isStale()) {
  // Built into a private folder and renamed into place, so two runs starting at once (parallel test
  // files) never execute or delete a half-written bundle.
  const scratch = join(root, 'out', `cli-build-${process.pid}`);
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const build = spawnSync(process.execPath, [vite, 'build', '--config', 'vite.cli.config.ts', '--outDir', scratch], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) {
    rmSync(scratch, { recursive: true, force: true });
    console.error('Building the CLI failed (see above).');
    process.exit(build.status ?? 1);
  }
  mkdirSync(dirname(output), { recursive: true });
  renameSync(join(scratch, 'gongzhi.js'), output);
  rmSync(scratch, { recursive: true, force: true });
}

const run = spawnSync(process.execPath, [output, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
