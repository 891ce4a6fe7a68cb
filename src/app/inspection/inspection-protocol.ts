import type { Verdict } from '../../core/inspection/records';
import type { Roi } from '../../core/inspection/roi';
import type { CachedBenchmark } from '../../inference/backend-benchmark';
import type { BackendChoice, BackendPreference } from '../../inference/backend-choice';
import type { CheckOutcome, FitOutcome, TeachTypesOutcome } from '../../core/inspection/inspection-engine';
import type { RefitOutcome } from '../../core/inspection/refit-engine';
import type { StoredImageRef } from '../../db/stored-image';

/**
 * Messages between the UI and the inspection worker. Image bytes travel as transferred ArrayBuffers
 * (never copied, never decoded on the UI thread). Each request carries an id; the worker answers with
 * any number of progress messages and then exactly one result or error.
 */
export interface InitRequest {
  type: 'init';
  /** Where models/ and ort/ are served (the app's own origin). */
  baseUrl: string;
  preference: BackendPreference;
  acceptSoftwareAdapter: boolean;
  /** The last start-up benchmark, remembered by the UI; reused while its key still matches. */
  cachedBenchmark?: CachedBenchmark | undefined;
}
export interface FitRequest {
  type: 'fit';
  images: ArrayBuffer[];
  roi: Roi | undefined;
}
export interface LoadRequest {
  type: 'load';
  key: string;
  model: ArrayBuffer;
}
export interface CheckRequest {
  type: 'check';
  key: string;
  /** The image's bytes, or where a queued batch image is stored (the worker reads it itself). */
  image: ArrayBuffer | StoredImageRef;
  roi: Roi | undefined;
  threshold: number;
  /** Score from which the result keeps a refit copy of the image (see core/inspect/refit-copy.ts). */
  copyFrom?: number;
}
export interface TeachTypesRequest {
  type: 'teachTypes';
  key: string;
  examples: { label: string; image: ArrayBuffer }[];
  roi: Roi | undefined;
}

/** Fit the project's model again from stored copies; the worker keeps using the current model until it is loaded. */
export interface RefitRequest {
  type: 'refit';
  key: string;
  teachGood: ArrayBuffer[];
  teachDefects: { label: string; image: ArrayBuffer }[];
  corrections: { expected: Verdict; label?: string; image: ArrayBuffer }[];
}

/** Times the bare model run on this image's input (the benchmark's reference; same session, backend, threads). */
export interface TimeModelRequest {
  type: 'timeModel';
  image: ArrayBuffer;
  runs: number;
}

export interface InitResult {
  choice: BackendChoice;
  /** A benchmark measured during this start, for the UI to remember. */
  benchmark?: CachedBenchmark | undefined;
  modelId: string;
}

export interface WorkerResults {
  init: InitResult;
  fit: FitOutcome;
  load: null;
  check: CheckOutcome;
  teachTypes: TeachTypesOutcome;
  refit: RefitOutcome;
  timeModel: number[];
}

export type WorkerRequest = InitRequest | FitRequest | LoadRequest | CheckRequest | TeachTypesRequest | RefitRequest | TimeModelRequest;
export type WorkerRequestType = WorkerRequest['type'];

export type WorkerEnvelope = { id: number; request: WorkerRequest };

export type WorkerReply =
  | { id: number; kind: 'progress'; done: number; total: number }
  | { id: number; kind: 'result'; result: WorkerResults[WorkerRequestType] }
  | { id: number; kind: 'error'; code: string; params: Record<string, string | number>; message: string };
