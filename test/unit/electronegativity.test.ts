import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security-headers.ts';
import { evaluateCsp, requiredModules, runElectronegativity } from '../../scripts/electronegativity.mjs';

/** Proves the `npm run security` gate can fail, and that our own main process passes it. */
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gz-eng-'));
  await mkdir(join(dir, 'main'));
  await writeFile(
    join(dir, 'main', 'index.js'),
    `const { BrowserWindow } = require('electron');
new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, webSecurity: false } });`,
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('security audit', () => {
  it('reports HIGH findings for an insecure window', async () => {
    const { findings } = await runElectronegativity({ input: dir, electronVersion: '45.5.0' });
    const high = findings.filter((f) => f.severity === 'HIGH').map((f) => f.id);
    expect(high).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK']));
  });

  it('finds nothing HIGH in our main process and preload sources', async () => {
    const { findings, errors } = await runElectronegativity({
      input: join(import.meta.dirname, '..', '..', 'electron'),
      electronVersion: '45.5.0',
    });
    expect(errors).toEqual([]);
    expect(findings.filter((f) => f.severity === 'HIGH')).toEqual([]);
    // Navigation limits and the permission handler are recognised, not just absent from the report.
    expect(findings.map((f) => f.id)).not.toContain('LIMIT_NAVIGATION_GLOBAL_CHECK');
    expect(findings.map((f) => f.id)).not.toContain('PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK');
  });

  it('accepts the CSP the app sends and rejects a weak one', () => {
    const ours = evaluateCsp(CONTENT_SECURITY_POLICY).map((f) => f.severity);
    expect(ours.filter((s) => s === 'HIGH' || s === 'MEDIUM' || s === 'SYNTAX')).toEqual([]);
    const weak = evaluateCsp("default-src *; script-src 'self' 'unsafe-inline' 'unsafe-eval'").map((f) => f.severity);
    expect(weak).toContain('HIGH');
  });

  it('lists what a bundle requires', () => {
    expect(requiredModules(`let e = require("electron"); const z = require('zod');`)).toEqual(['electron', 'zod']);
  });
});
