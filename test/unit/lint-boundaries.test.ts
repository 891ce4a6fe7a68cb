import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The boundary messages ESLint reports for `code` planted at `filePath` (the file need not exist). */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer boundaries enforced by the linter', () => {
  it('refuses a screen importing storage or the model runtime, and accepts it through an app action', async () => {
    expect(
      await boundaryErrors('src/ui/catalog/Planted.tsx', "import { openDatabase } from '../../db';\nexport const x = openDatabase;\n"),
    ).toEqual([expect.stringContaining('never db/ or inference/')]);
    expect(
      await boundaryErrors(
        'src/ui/inspection/Planted.tsx',
        "import { detectCapabilities } from '../../inference/capabilities';\nexport const x = detectCapabilities;\n",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        'src/ui/catalog/Planted.tsx',
        "import { loadActiveCatalog } from '../../app/catalog';\nexport const x = loadActiveCatalog;\n",
      ),
    ).toEqual([]);
  });

  it("refuses a feature folder reaching into another feature's files, and accepts ui/common", async () => {
    expect(
      await boundaryErrors(
        'src/ui/demo/Planted.tsx',
        "import { GapList } from '../assessment/results/GapList';\nexport const x = GapList;\n",
      ),
    ).toEqual([expect.stringContaining('only ui/common, app/ and its own files')]);
    expect(
      await boundaryErrors('src/ui/demo/Planted.tsx', "import { LevelBadge } from '../common/LevelBadge';\nexport const x = LevelBadge;\n"),
    ).toEqual([]);
  });

  it('keeps core pure, app off the screens, and the IPC contract off the renderer', async () => {
    expect(
      await boundaryErrors('src/core/catalog/planted.ts', "import { useState } from 'react';\nexport const x = useState;\n"),
    ).toHaveLength(1);
    expect(await boundaryErrors('src/core/catalog/planted.ts', "import { Dexie } from 'dexie';\nexport const x = Dexie;\n")).toHaveLength(
      1,
    );
    expect(
      await boundaryErrors('src/core/catalog/planted.ts', "import { getPlatform } from '../../platform';\nexport const x = getPlatform;\n"),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        'src/app/catalog/planted.ts',
        "import { ImportPanel } from '../../ui/catalog/ImportPanel';\nexport const x = ImportPanel;\n",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        'electron/main/planted.ts',
        "import type { Platform } from '../../src/platform/platform';\nexport type X = Platform;\n",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors('src/shared/planted.ts', "import type { Platform } from '../platform/platform';\nexport type X = Platform;\n"),
    ).toHaveLength(1);
  });
});
