import cmmm from '../../../assets/frameworks/cmmm-2020.json';
import quickCheck from '../../../assets/frameworks/quick-check.json';
import smeDigital from '../../../assets/frameworks/sme-digital-2024.json';
import type { Framework } from './framework-schema';
import { describeProblems, loadFramework } from './load-framework';

/** The raw bundled files, in the order the app offers them. */
export const bundledFrameworkData: readonly unknown[] = [quickCheck, cmmm, smeDigital];

let cache: Framework[] | undefined;

/** Bundled frameworks, validated once; a broken bundled file is a build error, so it throws. */
export function bundledFrameworks(): Framework[] {
  cache ??= bundledFrameworkData.map((data) => {
    const result = loadFramework(data);
    if (!result.ok) throw new Error(`bundled framework is invalid:\n${describeProblems(result.problems)}`);
    return result.framework;
  });
  return cache;
}

export function findFramework(id: string, version?: string): Framework | undefined {
  return bundledFrameworks().find((f) => f.id === id && (version === undefined || f.version === version));
}
