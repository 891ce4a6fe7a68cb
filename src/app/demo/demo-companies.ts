import { bundledSamples } from '../../core/demo/bundled-samples';
import { demoRows } from '../../core/demo/demo-records';
import type { Language } from '../../core/clients/company';
import { repositories } from '../root';

/** Loads the demo companies (replacing earlier demo data, never the user's own), in the user's language. */
export async function resetDemo(language: Language): Promise<void> {
  await (await repositories()).demo.reset(demoRows(bundledSamples(), language, new Date().toISOString()));
}

/** Removes every demo company and what belongs to it. */
export async function removeDemo(): Promise<void> {
  await (await repositories()).demo.remove();
}
