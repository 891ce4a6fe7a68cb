import type { z } from 'zod';
import type { ImportErrorCode } from './import-types';

export interface MappedIssue {
  path: PropertyKey[];
  code: ImportErrorCode;
  params: Record<string, string | number>;
}

/** Turns zod's issues into the import's error codes, which the UI translates. */
export function mapSchemaIssue(issue: z.core.$ZodIssue): MappedIssue {
  const path = issue.path;
  switch (issue.code) {
    case 'invalid_type':
      return { path, code: 'value.wrongType', params: { expected: issue.expected } };
    case 'too_small':
      if (issue.origin === 'string' || issue.origin === 'array') return { path, code: 'value.required', params: {} };
      return { path, code: 'value.tooSmall', params: { minimum: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string') return { path, code: 'value.tooLong', params: { maximum: Number(issue.maximum) } };
      return { path, code: 'value.tooBig', params: { maximum: Number(issue.maximum) } };
    case 'invalid_value':
      return { path, code: 'value.notAllowed', params: { allowed: issue.values.map(String).join(', ') } };
    case 'custom':
      if (issue.message === 'range.minAboveMax') return { path, code: 'value.minAboveMax', params: {} };
      if (issue.message === 'lift.notUpward') return { path, code: 'value.liftNotUpward', params: {} };
      return { path, code: 'value.badFormat', params: {} };
    default:
      return { path, code: 'value.badFormat', params: {} };
  }
}

/** Column key of the sheet layout for a path inside a catalog entry. */
export function columnKeyForPath(path: readonly PropertyKey[]): string {
  const [head, second, third] = path.map(String);
  switch (head) {
    case 'name':
    case 'summary':
      return second ? `${head}.${second}` : `${head}.zh-CN`;
    case 'price':
      return `${second === 'yearlyWan' ? 'yearly' : 'oneOff'}${third === 'min' ? 'Min' : 'Max'}`;
    case 'implementationWeeks':
      return second === 'min' ? 'weeksMin' : 'weeksMax';
    case 'kpiEffects':
      return `kpi.${second ?? 'quality'}`;
    case 'eligibility':
      return second ?? 'aiVoucher';
    default:
      return head ?? 'id';
  }
}
