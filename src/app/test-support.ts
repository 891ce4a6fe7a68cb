import { resolve } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { encodeJpegJs } from '../core/inspection/thumbnail';
import { createNodeFeatureExtractor } from '../inference/node-models';
import type { PickedFile, Platform, SaveFileRequest } from '../platform/platform';
import { inProcessClient } from '../shared/worker-transport';
import { catalogFileHandlers } from './catalog/catalog-file-handlers';
import { roadmapHandlers } from './catalog/roadmap-handlers';
import { inspectionHandlers } from './inspection/inspection-handlers';
import { installRoot, openRoot, type AppRoot, type Repositories, type Workers } from './root';

/**
 * The repository root, where models/ is (read only when a test starts the model). From the module's folder, not
 * `new URL(…, import.meta.url)`: under jsdom (component tests) the global URL is jsdom's, which Node's
 * fileURLToPath refuses.
 */
const repoRoot = (): string => resolve(import.meta.dirname, '../..');

/** The real worker handlers, called in this thread (Node has no Worker for Vite's worker bundles). */
export function inProcessWorkers(repositories: () => Repositories): Workers {
  return {
    roadmap: inProcessClient(roadmapHandlers(), 'roadmap'),
    catalogFiles: inProcessClient(catalogFileHandlers, 'catalog-file'),
    inspection: () =>
      inProcessClient(
        inspectionHandlers({
          // the shipped backbone on onnxruntime-web's WASM backend, as in the CLI and the benchmark
          async startModel() {
            const extractor = await createNodeFeatureExtractor(repoRoot());
            return { extractor, start: { choice: { backend: 'wasm', reasons: [], threads: 1 }, modelId: extractor.modelId } };
          },
          encodeJpeg: encodeJpegJs,
          async readStoredImage(ref) {
            const [batchId = '', index = ''] = ref.key.split('/');
            const bytes = await repositories().inspection.batchImage(batchId, Number(index));
            if (!bytes) throw new Error('the stored image of a pending item is missing');
            return bytes;
          },
        }),
        'inspection',
      ),
  };
}

/** A root over a private in-memory IndexedDB, installed as the app's one root so actions use it. */
export async function installTestRoot(): Promise<AppRoot> {
  const opened: { repositories?: Repositories } = {};
  const root = await openRoot(
    { name: `test-${crypto.randomUUID()}`, indexedDB: new IDBFactory(), IDBKeyRange },
    inProcessWorkers(() => {
      if (!opened.repositories) throw new Error('root not open');
      return opened.repositories;
    }),
  );
  opened.repositories = root.repositories;
  installRoot(root);
  return root;
}

/** A platform that keeps saved files in memory and offers chosen ones to the open dialog (none: the user cancels). */
export function memoryPlatform() {
  const saved: SaveFileRequest[] = [];
  let offered: PickedFile[] = [];
  const platform: Platform = {
    kind: 'web',
    saveFile: (request) => {
      saved.push(request);
      return Promise.resolve({ status: 'saved' });
    },
    openFiles: () => Promise.resolve(offered),
    openFolder: () => Promise.resolve(offered),
    printToPdf: () => Promise.resolve({ status: 'cancelled' }),
    appInfo: () => Promise.resolve({ appName: 'Gongzhi', appVersion: '0.1.0', shell: 'web', versions: {}, platform: 'linux', arch: 'x64' }),
    allowHubOrigin: () => Promise.resolve('ready'),
  };
  const offer = (...files: { name: string; data: Uint8Array }[]) => {
    offered = files.map(({ name, data }) => ({ name, relativePath: name, size: data.length, bytes: () => Promise.resolve(data) }));
  };
  return { platform, saved, offer };
}
