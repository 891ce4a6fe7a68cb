import { chmod } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import packageJson from './package.json' with { type: 'json' };

const root = import.meta.dirname;
const dependencies = Object.keys(packageJson.dependencies);

/**
 * The headless CLI (src/cli/main.ts) as one ES module for Node: out/cli/gongzhi.js, the package's `bin`.
 * Our own sources are bundled (they are TypeScript); npm dependencies and Node built-ins stay external
 * and load from node_modules at run time.
 */
export default defineConfig({
  root,
  // Executable, so out/cli/gongzhi.js runs directly as the package's bin.
  plugins: [
    {
      name: 'gongzhi-cli-executable',
      writeBundle: (options) => chmod(resolve(options.dir ?? resolve(root, 'out/cli'), 'gongzhi.js'), 0o755),
    },
  ],
  logLevel: 'warn',
  publicDir: false,
  build: {
    ssr: resolve(root, 'src/cli/main.ts'),
    target: 'node22',
    outDir: resolve(root, 'out/cli'),
    emptyOutDir: true,
    minify: false,
    sourcemap: false,
    rollupOptions: {
      external: (id) =>
        id.startsWith('node:') || builtinModules.includes(id) || dependencies.some((name) => id === name || id.startsWith(`${name}/`)),
      output: { format: 'es', entryFileNames: 'gongzhi.js', banner: '#!/usr/bin/env node' },
    },
  },
});
