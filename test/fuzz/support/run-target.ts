import { appendFileSync } from 'node:fs';
import { CodedError } from '../../../src/core/errors';
import { translatedEverywhere } from './locales';
import { byteMutators } from './mutate-bytes';
import { int, pick, seeded, type Random } from './random';

/** How the app answered one file: accepted, or refused with these i18n keys ("namespace:key"). */
export type Verdict = { accepted: true } | { accepted: false; keys: readonly string[] };

export type Mutator = (bytes: Uint8Array, rnd: Random, others: readonly Uint8Array[]) => Uint8Array | Promise<Uint8Array>;

export interface FuzzTarget {
  readonly name: string;
  /** Valid files, written by the app's own serialisers; each is mutated into many cases. */
  seeds(): Promise<Uint8Array[]>;
  /** Mutations that know the format (reseal a checksum, change a JSON node); byte mutations are added. */
  readonly mutators?: Readonly<Record<string, Mutator>>;
  /** Feeds one file to the app's public entry point. Throwing counts as a refusal (translated or not). */
  run(bytes: Uint8Array): Promise<Verdict>;
  /** After a refusal: is everything stored before exactly as it was? (absent: the target stores nothing) */
  intact?(): Promise<boolean>;
  /** After an acceptance that stored something: put the stored state back to the baseline. */
  reset?(): Promise<void>;
}

export interface FuzzStats {
  target: string;
  cases: number;
  accepted: number;
  refusedTranslated: number;
  untranslated: number;
  overBudget: number;
  partialWrites: number;
  /** The first few problems, to reproduce: case number, mutations, what happened. */
  problems: string[];
  seconds: number;
}

/** Per-file time budget: longer than this and a user would think the app hung. */
export const BUDGET_MS = 2_000;

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message.slice(0, 160)}` : String(error).slice(0, 160);
}

async function classify(
  target: FuzzTarget,
  bytes: Uint8Array,
): Promise<{ outcome: 'accepted' | 'translated' | 'untranslated'; detail: string }> {
  try {
    const verdict = await target.run(bytes);
    if (verdict.accepted) return { outcome: 'accepted', detail: '' };
    const missing = verdict.keys.filter((key) => !translatedEverywhere(key));
    return verdict.keys.length > 0 && missing.length === 0
      ? { outcome: 'translated', detail: '' }
      : { outcome: 'untranslated', detail: `refused with keys lacking a translation: ${missing.join(', ') || '(none given)'}` };
  } catch (error) {
    if (error instanceof CodedError && translatedEverywhere(`errors:${error.code}`)) return { outcome: 'translated', detail: '' };
    return { outcome: 'untranslated', detail: describe(error) };
  }
}

export async function mutate(
  target: FuzzTarget,
  seeds: readonly Uint8Array[],
  rnd: Random,
): Promise<{ bytes: Uint8Array; steps: string[] }> {
  const structural = Object.entries(target.mutators ?? {});
  const bytewise = Object.entries(byteMutators);
  let bytes = pick(rnd, seeds);
  const steps: string[] = [];
  for (let n = 1 + (rnd() < 0.3 ? int(rnd, 3) : 0); n > 0; n--) {
    const [name, mutator] = structural.length > 0 && rnd() < 0.6 ? pick(rnd, structural) : pick(rnd, bytewise);
    bytes = await mutator(bytes, rnd, seeds);
    steps.push(name);
  }
  return { bytes, steps };
}

/** Runs `cases` files (the unmutated seeds first, then seeded mutations) and counts what happened. */
export async function runTarget(target: FuzzTarget, cases: number, seed = Number(process.env.FUZZ_SEED ?? 16)): Promise<FuzzStats> {
  const started = performance.now();
  const seeds = await target.seeds();
  const rnd = seeded(seed);
  const stats: FuzzStats = {
    target: target.name,
    cases: 0,
    accepted: 0,
    refusedTranslated: 0,
    untranslated: 0,
    overBudget: 0,
    partialWrites: 0,
    problems: [],
    seconds: 0,
  };
  const note = (index: number, steps: string[], what: string) => {
    if (stats.problems.length < 8) stats.problems.push(`case ${index} [${steps.join('+') || 'seed'}]: ${what}`);
  };
  for (let index = 0; index < cases; index++) {
    const { bytes, steps } =
      index < seeds.length ? { bytes: seeds[index] ?? new Uint8Array(), steps: [] } : await mutate(target, seeds, rnd);
    const t0 = performance.now();
    const { outcome, detail } = await classify(target, bytes);
    const elapsed = performance.now() - t0;
    stats.cases++;
    if (elapsed > BUDGET_MS) {
      stats.overBudget++;
      note(index, steps, `took ${elapsed.toFixed(0)} ms (${bytes.length} bytes)`);
    }
    if (outcome === 'accepted') {
      stats.accepted++;
      await target.reset?.();
      continue;
    }
    if (outcome === 'translated') stats.refusedTranslated++;
    else {
      stats.untranslated++;
      note(index, steps, detail);
    }
    if (target.intact && !(await target.intact())) {
      stats.partialWrites++;
      note(index, steps, 'refused, but stored data changed');
      await target.reset?.();
    }
  }
  stats.seconds = (performance.now() - started) / 1000;
  const report = process.env.FUZZ_REPORT;
  if (report) appendFileSync(report, `${JSON.stringify(stats)}\n`);
  return stats;
}

/** Cases per target: FUZZ_CASES (set by `npm run fuzz -- --cases N`), else the target's CI sample. */
export function caseCount(sample: number): number {
  const fromEnv = Number(process.env.FUZZ_CASES);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : sample;
}

/** The vitest sample finishes in seconds; the long run (`npm run fuzz`) may take many minutes per target. */
export const FUZZ_TIMEOUT_MS = process.env.FUZZ_CASES ? 3_600_000 : 120_000;

/** Every target's test asserts the same thing. */
export function failuresOf(stats: FuzzStats): Pick<FuzzStats, 'untranslated' | 'overBudget' | 'partialWrites' | 'problems'> {
  return { untranslated: stats.untranslated, overBudget: stats.overBudget, partialWrites: stats.partialWrites, problems: stats.problems };
}
