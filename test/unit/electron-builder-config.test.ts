import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Installers cannot be built here (no Electron binaries), so this loads electron-builder.yml the way
 * electron-builder does and runs its own schema validation; a typo or a key electron-builder 26 does
 * not know fails here instead of on the release machine.
 */
interface BuilderConfig {
  appId?: string;
  productName?: string;
  asar?: boolean;
  /** getConfig normalises the YAML list into one file set. */
  files?: Array<{ filter?: string[] }>;
  icon?: string;
  publish?: unknown;
  electronFuses?: Record<string, boolean>;
  win?: { target?: Array<{ target: string }> };
  nsis?: { perMachine?: boolean; oneClick?: boolean; installerLanguages?: string[]; deleteAppDataOnUninstall?: boolean };
  linux?: { target?: Array<{ target: string }> };
}

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..', '..');
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string, fromOptions: null): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util/out/DebugLogger') as { DebugLogger: new (enabled: boolean) => unknown };

const loadConfig = () => getConfig(root, join(root, 'electron-builder.yml'), null);

describe('electron-builder.yml', () => {
  it('passes electron-builder 26 schema validation', async () => {
    const config = await loadConfig();
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('rejects a misspelt key (the validation is real)', async () => {
    const config = { ...(await loadConfig()), electronFuses: { runAsNodee: false } } as BuilderConfig;
    await expect(validateConfiguration(config, new DebugLogger(false))).rejects.toThrow(/Invalid configuration object[\s\S]*electronFuses/);
  });

  it('packages the built app only, in an asar, with no update server', async () => {
    const config = await loadConfig();
    expect(config.appId).toBe('cn.gongzhi.desktop');
    expect(config.productName).toBe('Gongzhi');
    expect(config.asar).toBe(true);
    expect(config.files?.[0]?.filter).toEqual(expect.arrayContaining(['out/**/*', '!node_modules/**']));
    expect(config.publish).toBeNull();
    expect(config.icon && existsSync(join(root, config.icon))).toBe(true);
  });

  it('flips the fuses an attacker with local access could otherwise use', async () => {
    expect((await loadConfig()).electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds a per-user Chinese/English NSIS installer and a Linux AppImage', async () => {
    const config = await loadConfig();
    expect(config.win?.target?.map((t) => t.target)).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ perMachine: false, oneClick: false, deleteAppDataOnUninstall: false });
    expect(config.nsis?.installerLanguages).toEqual(['zh_CN', 'en_US']);
    expect(config.linux?.target?.map((t) => t.target)).toEqual(['AppImage']);
  });
});
