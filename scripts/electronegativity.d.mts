/** Types for scripts/electronegativity.mjs, so TypeScript tests can import it. */
export interface AuditFinding {
  id: string;
  severity: string;
  confidence: string;
  file: string;
  line: number;
  review: boolean;
}

export interface CspFinding {
  severity: string;
  directive: string;
  value: string;
  description: string;
}

export function evaluateCsp(policy: string): CspFinding[];
export function requiredModules(source: string): string[];
export function runElectronegativity(options: {
  input: string;
  electronVersion: string;
}): Promise<{ findings: AuditFinding[]; errors: string[] }>;
