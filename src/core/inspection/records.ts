import type { ModelVariant } from '../vision';
import type { Roi } from './roi';

export type Verdict = 'ok' | 'ng';
export type BackendName = 'webgpu' | 'wasm-threads' | 'wasm';

/** An inspection project: one part or station, with the model fitted from its good images. */
export interface InspectionProject {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Serialised fitted model (src/core/vision serialize format); absent until taught. */
  readonly model?: Uint8Array;
  /** The model's proposed threshold and the good images' leave-one-out scores (for the histogram). */
  readonly proposedThreshold?: number;
  readonly goodScores?: number[];
  /** Scores of the defect examples taught for the types, under this model (the threshold screen counts how many it catches). */
  readonly defectScores?: number[];
  /** The threshold the user settled on. */
  readonly threshold?: number;
  /** The model variant the fitter's self-check kept, and the figures behind it (absent: taught before it existed). */
  readonly variant?: ModelVariant;
  /** Whether the taught defect photos trained a classifier that now joins the score. */
  readonly fusedDefects?: boolean;
  readonly roi?: Roi;
  readonly goodImages: number;
  readonly defectTypes: readonly { name: string; examples: number }[];
  /** The model this one replaced in the last refit, kept so the user can go back to it. */
  readonly previous?: ModelSnapshot;
}

/** The parts of a project that a refit replaces, and a rollback restores. */
export type ModelSnapshot = Required<Pick<InspectionProject, 'model' | 'threshold' | 'proposedThreshold' | 'goodScores'>> &
  Pick<InspectionProject, 'goodImages' | 'defectTypes' | 'defectScores' | 'fusedDefects' | 'variant'> & { readonly replacedAt: string };

/** One checked image. Kept small (thumbnail JPEG + one byte per map cell) so thousands fit. */
export interface InspectionResult {
  readonly id: string;
  readonly projectId: string;
  /** Milliseconds since the epoch: a number so the compound indexes sort and range on it. */
  readonly checkedAt: number;
  readonly fileName: string;
  readonly source: 'file' | 'batch' | 'camera';
  /** The verdict that counts: the model's, or the reviewer's correction (indexed for the history filter). */
  readonly verdict: Verdict;
  readonly modelVerdict: Verdict;
  readonly score: number;
  readonly threshold: number;
  /** Defect type that counts (reviewer's when corrected); the model's guess is kept apart. */
  readonly defectType?: string;
  readonly modelDefectType?: string;
  readonly backend: BackendName;
  readonly timingMs: number;
  readonly thumbnail: Uint8Array;
  readonly map: { width: number; height: number; low: number; high: number; data: Uint8Array; colour?: { from: number; to: number } };
  /** Set when a reviewer confirmed or corrected the result. */
  readonly reviewedAt?: number;
  /**
   * Whether a refit copy of the checked image was stored (inspectionRefitCopies, same id), so a
   * correction of this result can refit the model. Absent on results stored before copies were kept.
   */
  readonly refitCopy?: 'kept' | 'not-kept';
}

export type BatchStatus = 'running' | 'paused' | 'done' | 'cancelled';

export interface BatchItem {
  readonly name: string;
  readonly state: 'pending' | 'done' | 'failed';
  readonly errorCode?: string;
  readonly errorParams?: Readonly<Record<string, string | number>>;
  readonly resultId?: string;
}

/** A folder batch; pending images are kept in inspectionBatchImages so it resumes after a restart. */
export interface InspectionBatch {
  readonly id: string;
  readonly projectId: string;
  readonly createdAt: string;
  readonly status: BatchStatus;
  readonly items: readonly BatchItem[];
}

export interface InspectionBatchImage {
  /** `${batchId}/${index}` */
  readonly id: string;
  readonly batchId: string;
  readonly bytes: Uint8Array;
}

/** A reviewed result whose verdict differs from the model's: a false alarm or a miss. */
export function isCorrected(r: Pick<InspectionResult, 'verdict' | 'modelVerdict'>): boolean {
  return r.verdict !== r.modelVerdict;
}

/** A stored teaching image (refit copy): a good part, or a labelled defect example. */
export interface InspectionTeachImage {
  readonly id: string;
  readonly projectId: string;
  readonly kind: 'good' | 'defect';
  readonly label?: string;
  readonly bytes: Uint8Array;
}

/** The refit copy of one checked image; `id` is the result's id. */
export interface InspectionRefitCopy {
  readonly id: string;
  readonly projectId: string;
  readonly bytes: Uint8Array;
}
