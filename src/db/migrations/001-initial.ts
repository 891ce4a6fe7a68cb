import type { Migration } from './migration';

/**
 * The first workspace: companies and the single settings row. `name` is indexed for the company list's
 * order; `updatedAt` for "recently edited" views. Booleans (isDemo) cannot be IndexedDB keys, so demo
 * companies are filtered in memory (a workspace holds tens to hundreds of companies, not millions).
 */
export const migration001Initial: Migration = {
  version: 1,
  description: 'companies and settings',
  stores: {
    companies: 'id, name, updatedAt',
    settings: 'id',
  },
};
