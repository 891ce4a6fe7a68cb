import type { Migration } from './migration';

/**
 * Roadmap preferences per company (budget, vouchers, subsidy, priorities, ambition, assumed levels), so
 * the Solutions screen and the report's roadmap use what the user set. One row per company, keyed by
 * its id; nothing existing is reshaped.
 */
export const migration009RoadmapPreferences: Migration = {
  version: 9,
  description: 'roadmap preferences per company',
  stores: {
    roadmapPreferences: 'companyId',
  },
};
