import { createReadStream, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Serves the shipped ONNX models and onnxruntime-web's WebAssembly from the app's own origin, so
 * inference never fetches anything from elsewhere. The worker points `ort.env.wasm.wasmPaths` at
 * `ort/` and fetches `models/manifest.json`; both are copied into the renderer build here.
 * Only the JSEP build is shipped: it runs both the WebGPU and the WASM execution providers.
 */
export const ORT_FILES = ['ort-wasm-simd-threaded.jsep.wasm', 'ort-wasm-simd-threaded.jsep.mjs'] as const;

interface ManifestLike {
  models: { file: string }[];
}

/** Public path (relative to the renderer root) → absolute source file. */
export function inferenceAssets(root: string): Map<string, string> {
  const assets = new Map<string, string>();
  const manifestPath = join(root, 'models', 'manifest.json');
  assets.set('models/manifest.json', manifestPath);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as ManifestLike;
  for (const model of manifest.models) assets.set(`models/${model.file}`, join(root, 'models', model.file));
  for (const file of ORT_FILES) assets.set(`ort/${file}`, join(root, 'node_modules', 'onnxruntime-web', 'dist', file));
  return assets;
}

const contentTypes: Record<string, string> = {
  '.wasm': 'application/wasm',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.onnx': 'application/octet-stream',
};

export function inferenceAssetsPlugin(root: string): Plugin {
  return {
    name: 'gz-inference-assets',
    configureServer(server) {
      const assets = inferenceAssets(root);
      server.middlewares.use((req, res, next) => {
        const path = normalize(decodeURIComponent((req.url ?? '').split('?')[0] ?? '')).replace(/^\/+/, '');
        const file = assets.get(path);
        if (!file) return next();
        const ext = path.slice(path.lastIndexOf('.'));
        res.setHeader('Content-Type', contentTypes[ext] ?? 'application/octet-stream');
        res.setHeader('Content-Length', String(statSync(file).size));
        res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
        createReadStream(file).pipe(res);
      });
    },
    generateBundle(_options, bundle) {
      // onnxruntime-web's own `new URL('….wasm', import.meta.url)` makes Vite emit a hashed 28 MB copy
      // that is never fetched (wasmPaths points at ort/); drop it rather than ship the file twice.
      for (const name of Object.keys(bundle)) if (/^assets\/ort-wasm-[^/]*\.wasm$/.test(name)) Reflect.deleteProperty(bundle, name);
      for (const [fileName, source] of inferenceAssets(root)) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(source) });
      }
    },
  };
}
