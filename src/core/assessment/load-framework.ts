import { checkFrameworkConsistency, formatPath, type FrameworkProblem } from './framework-checks';
import { frameworkSchema, type Framework } from './framework-schema';

export type FrameworkLoadResult = { ok: true; framework: Framework } | { ok: false; problems: FrameworkProblem[] };

/**
 * Validates a framework (parsed JSON). Reports every shape problem with its path; when the shape is
 * sound it then reports every consistency problem (unknown references, duplicate ids, band gaps …).
 */
export function loadFramework(data: unknown): FrameworkLoadResult {
  const parsed = frameworkSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    };
  }
  const problems = checkFrameworkConsistency(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, framework: parsed.data };
}

export function describeProblems(problems: readonly FrameworkProblem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}
