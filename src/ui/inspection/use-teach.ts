import { useCallback, useRef, useState } from 'react';
import { MAX_TEACH_IMAGES, MIN_TEACH_IMAGES, teachGoodParts, type InspectionSession, type NamedBytes } from '../../app/inspection';
import type { SkippedImage } from '../../core/inspection/inspection-engine';
import type { Roi } from '../../core/inspection/roi';
import type { ProjectsState } from './use-projects';

export { MAX_TEACH_IMAGES, MIN_TEACH_IMAGES, RECOMMENDED_TEACH_IMAGES } from '../../app/inspection';

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
export function useTeach(client: InspectionSession | undefined, projects: ProjectsState, roi: Roi | undefined) {
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
      setState({ status: 'fitting', done: 0, total: Math.min(files.length, MAX_TEACH_IMAGES) });
      try {
        const { project, used, fit } = await teachGoodParts(client, projectId, files, roi, (done, total) =>
          setState({ status: 'fitting', done, total }),
        );
        projects.replace(project);
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
