export type SyntheticDefect = 'none' | 'pit' | 'scratch';
export function syntheticPartRgb(seed: number, defect?: SyntheticDefect, size?: number): Uint8Array;
export function syntheticPartPng(seed: number, defect?: SyntheticDefect, size?: number): Uint8Array;
