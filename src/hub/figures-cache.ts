import type { PooledFigures } from '../core/hub/sync-protocol';

type Figures = PooledFigures & { parkName: string };

/**
 * Pooled figures change only when assessments arrive, yet every results screen of the park asks for
 * them: computing them reads every company's latest assessment (about 1.4 s at 20,000 companies on the
 * bench machine). They are kept per park and framework until this hub stores an assessment for the park,
 * and at most `ttlMs`, so several hub replicas behind one address agree within that time.
 */
export class FiguresCache {
  private readonly entries = new Map<string, { at: number; figures: Promise<Figures> }>();

  constructor(private readonly ttlMs: number) {}

  get(parkId: string, frameworkId: string, compute: () => Promise<Figures>): Promise<Figures> {
    const key = `${parkId}\u0001${frameworkId}`;
    const hit = this.entries.get(key);
    if (hit && Date.now() - hit.at < this.ttlMs) return hit.figures;
    const figures = compute();
    this.entries.set(key, { at: Date.now(), figures });
    figures.catch(() => this.entries.delete(key));
    return figures;
  }

  invalidate(parkId: string): void {
    for (const key of this.entries.keys()) if (key.startsWith(`${parkId}\u0001`)) this.entries.delete(key);
  }
}
