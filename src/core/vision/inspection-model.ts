/** A fitted inspection model: everything needed to score new images of one product. */
export interface InspectionModel {
  readonly backbone: { readonly id: string; readonly sha256: string; readonly inputSize: number };
  readonly grid: { readonly height: number; readonly width: number; readonly dims: number };
  /** Per-position mean descriptor of the good images, position-major (h*w*dims). */
  readonly mean: Float32Array;
  /** Principal directions of the pooled residual covariance, rows of length dims (rank*dims). */
  readonly basis: Float32Array;
  /** 1/eigenvalue for each basis row. */
  readonly invEigen: Float32Array;
  /** 1/variance of what the basis does not explain (per remaining dimension). */
  readonly residualInvVar: number;
  /** z-normalisation of both evidence maps, measured on the good images (leave-one-out). */
  readonly calibration: {
    readonly anomalyMean: number;
    readonly anomalyStd: number;
    readonly defectMean: number;
    readonly defectStd: number;
    readonly defectWeight: number;
  };
  /** Number of top cells averaged into the image score. */
  readonly topK: number;
  /** Image scores at or above this are reported as defective. */
  readonly threshold: number;
  /** Leave-one-out scores of the good images the model was fitted on (for a histogram UI). */
  readonly goodScores: Float32Array;
  readonly fittedImages: number;
  readonly defectTypes: readonly DefectTypePrototype[];
}

export interface DefectTypePrototype {
  readonly name: string;
  readonly examples: number;
  readonly centroid: Float32Array;
}
