import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { inferenceAssetsPlugin } from './scripts/inference-assets';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      // Bundle zod & co. into main so the packaged app ships no node_modules at all.
      externalizeDeps: false,
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require only 'electron': everything else must be bundled in.
      externalizeDeps: false,
      outDir: 'out/preload',
      // A sandboxed preload cannot be an ES module.
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src'),
    publicDir: resolve(root, 'public'),
    base: './',
    plugins: [react(), inferenceAssetsPlugin(root)],
    worker: { format: 'es' },
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      target: 'chrome130',
      minify: true,
      rollupOptions: {
        input: resolve(root, 'src/index.html'),
        // zod's no-eval switch (src/shared/zod-jitless.ts) must run before any chunk that builds a schema; in a
        // chunk of its own the entry imports it first, where inlined into the entry it would run after them.
        output: { codeSplitting: { groups: [{ name: 'zod-config', test: /[\\/]src[\\/]shared[\\/]zod-jitless\.ts$/ }] } },
      },
    },
  },
});
