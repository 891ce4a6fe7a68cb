import { useCallback, useEffect, useState } from 'react';
import type { InspectionProject } from '../../core/inspection/records';
import { getWorkspace, InspectionRepository } from '../../db';

let repository: Promise<InspectionRepository> | undefined;

export function inspectionRepository(): Promise<InspectionRepository> {
  repository ??= getWorkspace().then((w) => new InspectionRepository(w.db));
  return repository;
}

export interface ProjectsState {
  projects: InspectionProject[];
  selected: InspectionProject | undefined;
  select(id: string): void;
  create(name: string): Promise<void>;
  update(patch: Partial<Omit<InspectionProject, 'id' | 'createdAt'>>): Promise<void>;
  error: unknown;
}

export function useProjects(): ProjectsState {
  const [projects, setProjects] = useState<InspectionProject[]>([]);
  const [selectedId, setSelectedId] = useState<string>();
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    let live = true;
    void inspectionRepository()
      .then((repo) => repo.listProjects())
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
      const project = await (await inspectionRepository()).createProject(name);
      setProjects((list) => [project, ...list]);
      setSelectedId(project.id);
      setError(undefined);
    } catch (e) {
      setError(e);
    }
  }, []);

  const update = useCallback(
    async (patch: Partial<Omit<InspectionProject, 'id' | 'createdAt'>>) => {
      if (!selectedId) return;
      const next = await (await inspectionRepository()).updateProject(selectedId, patch);
      setProjects((list) => list.map((p) => (p.id === next.id ? next : p)));
    },
    [selectedId],
  );

  return { projects, selected: projects.find((p) => p.id === selectedId), select: setSelectedId, create, update, error };
}
