import type { CompanyProfile } from '../assessment/bundle';
import type { GroupStats } from '../park/aggregate';

/**
 * What an installation sends to a park hub and what it gets back. Shared by the hub (src/hub) and the
 * desktop outbox so both sides agree on one shape. Every item carries the installation's own id for it:
 * sending an item twice (a retry after a lost answer) gets the same answer and stores nothing twice.
 */
export const SYNC_BATCH_MAX = 100;

export type SyncItem =
  | { id: string; kind: 'company'; company: { localId: string; profile: CompanyProfile } }
  /** `bundle` is an assessment bundle as exported for the park view; the hub re-scores it. */
  | { id: string; kind: 'assessment'; companyLocalId: string; bundle: unknown }
  | { id: string; kind: 'inspection'; companyLocalId: string; stats: InspectionStats };

/** Counts and defect types of one inspection project over a period; never images. */
export interface InspectionStats {
  projectLocalId: string;
  projectName: string;
  from: string;
  to: string;
  checked: number;
  ng: number;
  defectTypes: { type: string; count: number }[];
}

export type SyncRefusal = 'sync.invalidBundle' | 'sync.unknownCompany' | 'sync.inconsistentCounts' | 'sync.notCompleted';

export type SyncItemResult =
  { id: string; status: 'stored' | 'duplicate' } | { id: string; status: 'refused'; reason: { code: SyncRefusal; detail?: string } };

export interface SyncResponse {
  results: SyncItemResult[];
}

export interface EnrolResponse {
  installationId: string;
  deviceToken: string;
  parkName: string;
}

/** Pooled figures of a park: a group of fewer than POOL_MIN_COMPANIES companies is withheld. */
export const POOL_MIN_COMPANIES = 5;

export type PooledGroup = ({ withheld: false } & GroupStats) | { withheld: true; key: string };

export interface PooledFigures {
  frameworkId: string;
  /** Companies pooled (each counts once, with its latest assessment of this framework). */
  companies: number;
  withheld: boolean;
  overall?: GroupStats;
  byCluster: PooledGroup[];
  bySize: PooledGroup[];
  commonGaps: { domainId: string; count: number; share: number }[];
}
