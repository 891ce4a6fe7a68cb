/**
 * Imported first by every renderer entry (and any worker that uses zod). The CSP forbids eval, so zod's JIT can
 * never run there anyway; without `jitless` zod probes with `new Function('')` when it builds its first object
 * schema, which the browser reports as a CSP violation on every start and would bury real ones.
 *
 * This module must not import zod: schemas are built when the chunks that define them are evaluated, and the
 * bundler evaluates imported chunks before the entry's own code. zod reads `globalThis.__zod_globalConfig` when
 * it first loads, so setting it here — in a chunk of its own that the entry imports first (see
 * electron.vite.config.ts) — is in place before any schema exists. package.json lists this file under
 * "sideEffects": the project is otherwise marked side-effect free and the bundler would drop it.
 */
declare global {
  var __zod_globalConfig: { jitless?: boolean } | undefined;
}

(globalThis.__zod_globalConfig ??= {}).jitless = true;

export {};
