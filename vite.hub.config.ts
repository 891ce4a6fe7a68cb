import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import packageJson from './package.json' with { type: 'json' };

const root = import.meta.dirname;
const dependencies = Object.keys(packageJson.dependencies);

/**
 * The park hub server (src/hub/main.ts) as one ES module for Node: out/hub/gongzhi-hub.js. Like the CLI:
 * our sources, the bundled frameworks and the SQL migrations are inside; npm dependencies (fastify, pg,
 * kysely) load from node_modules. Not part of the desktop installer (electron-builder.yml excludes out/hub).
 */
export default defineConfig({
  root,
  logLevel: 'warn',
  publicDir: false,
  build: {
    ssr: resolve(root, 'src/hub/main.ts'),
    target: 'node22',
    outDir: resolve(root, 'out/hub'),
    emptyOutDir: true,
    minify: false,
    sourcemap: false,
    rollupOptions: {
      external: (id) =>
        id.startsWith('node:') || builtinModules.includes(id) || dependencies.some((name) => id === name || id.startsWith(`${name}/`)),
      output: { format: 'es', entryFileNames: 'gongzhi-hub.js' },
    },
  },
});
