import { readRoadmapPreferences, type RoadmapPreferences } from '../core/catalog/recommend/roadmap-preferences';
import type { GongzhiDatabase } from './database';
import { withStorageErrors } from './errors';

/** A stored row: the preferences as written (read back through `readRoadmapPreferences`). */
export interface RoadmapPreferencesRow {
  companyId: string;
  preferences: RoadmapPreferences;
  updatedAt: string;
}

/** Each company's roadmap preferences. Deleting a company deletes its row (CompanyRepository.delete). */
export class RoadmapPreferencesRepository {
  constructor(
    private readonly db: GongzhiDatabase,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The saved preferences, or undefined when the company never changed them. */
  async get(companyId: string): Promise<RoadmapPreferences | undefined> {
    const row = await withStorageErrors(() => this.db.roadmapPreferences.get(companyId));
    return row ? readRoadmapPreferences(row.preferences) : undefined;
  }

  async save(companyId: string, preferences: RoadmapPreferences): Promise<void> {
    const row: RoadmapPreferencesRow = { companyId, preferences: readRoadmapPreferences(preferences), updatedAt: this.now().toISOString() };
    await withStorageErrors(() => this.db.roadmapPreferences.put(row));
  }
}
