import type { InspectionProject } from '../../core/inspection/records';
import { repositories } from '../root';

export type ProjectPatch = Partial<Omit<InspectionProject, 'id' | 'createdAt'>>;

export async function listProjects(): Promise<InspectionProject[]> {
  return (await repositories()).inspection.listProjects();
}

export async function createProject(name: string): Promise<InspectionProject> {
  return (await repositories()).inspection.createProject(name);
}

export async function updateProject(id: string, patch: ProjectPatch): Promise<InspectionProject> {
  return (await repositories()).inspection.updateProject(id, patch);
}
