/**
 * Imported first by every renderer entry (and any worker that uses zod). The CSP forbids eval, so
 * zod's JIT can never run there anyway; without `jitless` zod still probes with `new Function('')`,
 * which the browser reports as a CSP violation on every start and would bury real ones.
 * package.json lists this file under "sideEffects": the project is otherwise marked side-effect free
 * and the bundler would drop an import that exists only for its effect.
 */
import { z } from 'zod';

z.config({ jitless: true });
