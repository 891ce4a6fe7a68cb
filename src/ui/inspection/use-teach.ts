import { useCallback, useRef, useState } from 'react';
import type { Roi } from '../../core/inspection/roi';
import type { InspectionClient } from '../../app/inspection/inspection-client';
import type { SkippedImage } from '../../core/inspection/inspection-engine';
import { transferable, type NamedBytes } from './read-files';
import { inspectionRepository, type ProjectsState } from './use-projects';

export const MIN_TEACH_IMAGES = 10;
/**
 * Below this many good images the proposed threshold is estimated from too few scores: measured on real
 * tiles, 10 images flagged 3.3 % of fresh good parts on average and up to 12 % for an unlucky set, 30 images
 * 1.5 % (models/README.md). The app still fits, but says so.
 */
export const RECOMMENDED_TEACH_IMAGES = 30;
export const MAX_TEACH_IMAGES = 100;

export type TeachState =
  | { status: 'idle' }
  | { status: 'tooFew'; got: number }
  | { status: 'fitting'; done: number; total: number }
  | {
      status: 'done';
      used: number;
      skipped: { name: string; code: string; params: SkippedImage['params'] }[];
      truncated: number;
      /** Teaching images scoring far above the others (probably not good parts), by name; the threshold leaves them out. */
      suspects: string[];
    }
  | { status: 'failed'; error: unknown };

/** Fits a project's model from 10–100 good images in the worker, then stores it with the project. */
export function useTeach(client: InspectionClient | undefined, projects: ProjectsState, roi: Roi | undefined) {
  const [state, setState] = useState<TeachState>({ status: 'idle' });
  // the images of the last fit and its suspects, so it can be repeated without them
  const last = useRef<{ files: NamedBytes[]; suspects: Set<number> }>(undefined);
  const teach = useCallback(
    async (files: NamedBytes[]): Promise<boolean> => {
      const projectId = projects.selected?.id;
      if (!client || !projectId) return false;
      if (files.length < MIN_TEACH_IMAGES) {
        setState({ status: 'tooFew', got: files.length });
        return false;
      }
      const used = files.slice(0, MAX_TEACH_IMAGES);
      setState({ status: 'fitting', done: 0, total: used.length });
      try {
        const fit = await client.request({ type: 'fit', images: used.map((f) => transferable(f.bytes)), roi }, (done, total) => setState({ status: 'fitting', done, total }));
        // the teaching set is kept (as network-sized copies) so the model can be refitted with corrections later
        const repo = await inspectionRepository();
        await repo.replaceTeachImages(projectId, 'good', fit.copies.map((bytes) => ({ bytes })));
        // teaching again starts without defect types, so their stored examples go too (a refit must not bring them back)
        await repo.replaceTeachImages(projectId, 'defect', []);
        await projects.update({
          model: fit.model,
          goodScores: Array.from(fit.goodScores),
          proposedThreshold: fit.threshold,
          threshold: fit.threshold,
          goodImages: used.length - fit.skipped.length,
          defectTypes: [],
          defectScores: [],
          roi,
        });
        last.current = { files, suspects: new Set(fit.suspects) };
        setState({
          status: 'done',
          used: used.length - fit.skipped.length,
          skipped: fit.skipped.map((s) => ({ name: used[s.index]?.name ?? '', code: s.code, params: s.params })),
          truncated: files.length - used.length,
          suspects: fit.suspects.map((i) => used[i]?.name ?? ''),
        });
        return true;
      } catch (error) {
        setState({ status: 'failed', error });
        return false;
      }
    },
    [client, projects, roi],
  );
  /** Teaches again from the same images, leaving out the suspect ones (the user has checked them). */
  const teachWithoutSuspects = useCallback(async (): Promise<boolean> => {
    const previous = last.current;
    if (!previous) return false;
    return teach(previous.files.filter((_, i) => !previous.suspects.has(i)));
  }, [teach]);
  return { state, teach, teachWithoutSuspects };
}
