import { useCallback, useEffect, useState } from 'react';
import { createProject, listProjects, updateProject, type ProjectPatch } from '../../app/inspection';
import type { InspectionProject } from '../../core/inspection/records';

export interface ProjectsState {
  projects: InspectionProject[];
  selected: InspectionProject | undefined;
  select(id: string): void;
  create(name: string): Promise<void>;
  update(patch: ProjectPatch): Promise<void>;
  /** Shows a project an action has just stored (teaching, refit). */
  replace(project: InspectionProject): void;
  error: unknown;
}

export function useProjects(): ProjectsState {
  const [projects, setProjects] = useState<InspectionProject[]>([]);
  const [selectedId, setSelectedId] = useState<string>();
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    let live = true;
    listProjects()
      .then((list) => {
        if (!live) return;
        setProjects(list);
        setSelectedId((id) => id ?? list[0]?.id);
      })
      .catch(setError);
    return () => {
      live = false;
    };
  }, []);

  const create = useCallback(async (name: string) => {
    try {
      const project = await createProject(name);
      setProjects((list) => [project, ...list]);
      setSelectedId(project.id);
      setError(undefined);
    } catch (e) {
      setError(e);
    }
  }, []);

  const replace = useCallback((next: InspectionProject) => {
    setProjects((list) => list.map((p) => (p.id === next.id ? next : p)));
  }, []);

  const update = useCallback(
    async (patch: ProjectPatch) => {
      if (!selectedId) return;
      replace(await updateProject(selectedId, patch));
    },
    [selectedId, replace],
  );

  return { projects, selected: projects.find((p) => p.id === selectedId), select: setSelectedId, create, update, replace, error };
}
