import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { migrations } from '../db/migrations';
import { UsageError, type CliCommand } from './command';
import { runCli } from './run-cli';
import { captureIo } from './test-support';

async function installation(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'gongzhi-cli-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

describe('gongzhi CLI frame', () => {
  it('lists every command in --help and exits 0', async () => {
    const { context, stdout } = captureIo('/nowhere');
    expect(await runCli(['--help'], context)).toBe(0);
    // Padding follows the longest command name, so it changes as commands are added.
    expect(stdout()).toMatch(/^ {2}info +Show the app version/m);
    expect(stdout()).toMatch(/^ {2}backup +Check a workspace backup/m);
    expect(stdout()).toMatch(/^ {2}catalog +Check a published solution list/m);
    expect(stdout()).toMatch(/^ {2}eval-vision +Measure defect detection/m);
  });

  it('exits 2 with a clear message for an unknown command, a missing command or a bad global option', async () => {
    const unknown = captureIo('/nowhere');
    expect(await runCli(['score-everything'], unknown.context)).toBe(2);
    expect(unknown.stderr()).toBe('Unknown command "score-everything". Run "gongzhi --help" to list the commands.');
    const missing = captureIo('/nowhere');
    expect(await runCli([], missing.context)).toBe(2);
    expect(missing.stderr()).toContain('No command given.');
    const badOption = captureIo('/nowhere');
    expect(await runCli(['--verbose', 'info'], badOption.context)).toBe(2);
    expect(badOption.stderr()).toContain("Unknown option '--verbose'");
  });

  it('maps a command usage error to exit 2 and any other failure to exit 1 with its message', async () => {
    const failing: CliCommand = {
      name: 'explode',
      summary: 's',
      usage: 'Usage: gongzhi explode',
      run: (args) => Promise.reject(args.length > 0 ? new UsageError('too many') : new Error('the fuse burnt')),
    };
    const usage = captureIo('/nowhere');
    expect(await runCli(['explode', 'x'], usage.context, [failing])).toBe(2);
    expect(usage.stderr()).toBe('Error: too many\nRun "gongzhi explode --help" for its usage.');
    const failure = captureIo('/nowhere');
    expect(await runCli(['explode'], failure.context, [failing])).toBe(1);
    expect(failure.stderr()).toBe('Error: the fuse burnt');
    const help = captureIo('/nowhere');
    expect(await runCli(['explode', '--help'], help.context, [failing])).toBe(0);
    expect(help.stdout()).toBe('Usage: gongzhi explode');
  });
});

describe('gongzhi info', () => {
  it('reports the app, Node, format versions and whatever is bundled', async () => {
    const root = await installation({
      'assets/frameworks/gbt39116.json': JSON.stringify({ id: 'gbt39116', version: '1.0.0', domains: [1, 2, 3] }),
      'assets/catalog/broken.json': '{ not json',
      'models/manifest.json': JSON.stringify({ models: [{ name: 'backbone-s', version: '0.2.0', file: 'backbone-s.onnx' }] }),
    });
    const { context, stdout } = captureIo(root);
    expect(await runCli(['info'], context)).toBe(0);
    const text = stdout();
    expect(text).toContain(`Gongzhi ${version}`);
    expect(text).toContain(`Node ${process.version}`);
    expect(text).toContain(`Backup format 1, database schema ${migrations.length}`);
    expect(text).toContain('assets/frameworks/gbt39116.json  (gbt39116, v1.0.0, domains: 3)');
    expect(text).toContain('assets/catalog/broken.json  NOT VALID JSON');
    expect(text).toContain('backbone-s  v0.2.0  backbone-s.onnx');
  });

  it('says when nothing is bundled, and prints JSON with --json', async () => {
    const root = await installation({ 'models/train/work/scratch.onnx': 'x', 'models/tiny.onnx': 'x' });
    const text = captureIo(root);
    expect(await runCli(['info'], text.context)).toBe(0);
    expect(text.stdout()).toContain('Bundled assets: none found under assets/');
    expect(text.stdout()).toContain('    models/tiny.onnx');
    expect(text.stdout()).not.toContain('scratch.onnx');
    const json = captureIo(root);
    expect(await runCli(['info', '--json'], json.context)).toBe(0);
    expect(JSON.parse(json.stdout())).toMatchObject({
      app: { name: 'Gongzhi', version },
      backupFormatVersion: 1,
      models: { onnxFiles: ['models/tiny.onnx'] },
    });
  });
});
