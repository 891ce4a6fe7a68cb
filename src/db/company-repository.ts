import type { Company } from '../core/clients/company';
import type { GongzhiDatabase } from './database';
import { SETTINGS_ROW_ID } from './database';
import { StorageError, withStorageErrors } from './errors';

/** What a caller supplies; the repository owns the id and the timestamps. */
export type CompanyInput = Omit<Company, 'id' | 'createdAt' | 'updatedAt'>;
export type CompanyPatch = Partial<CompanyInput>;

export interface RepositoryClock {
  now(): Date;
  newId(): string;
}

const systemClock: RepositoryClock = {
  now: () => new Date(),
  newId: () => crypto.randomUUID(),
};

// Pinyin order for Chinese names, which is what a user scanning a client list expects.
const byName = new Intl.Collator('zh-CN', { sensitivity: 'base', numeric: true });

function requireName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new StorageError('storage.companyNameRequired');
  return trimmed;
}

function matches(company: Company, needle: string): boolean {
  return [company.name, company.contactName, company.subSector, company.cluster, company.notes].some(
    (field) => field !== undefined && field.toLocaleLowerCase().includes(needle),
  );
}

/** Companies of the workspace. Every failure surfaces as a coded StorageError. */
export class CompanyRepository {
  constructor(
    private readonly db: GongzhiDatabase,
    private readonly clock: RepositoryClock = systemClock,
  ) {}

  /** All companies in name order. */
  async list(): Promise<Company[]> {
    const companies = await withStorageErrors(() => this.db.companies.toArray());
    return companies.sort((a, b) => byName.compare(a.name, b.name));
  }

  /**
   * Case-insensitive substring search over name, contact, sub-sector, cluster and notes. Substring (not
   * prefix) because Chinese company names put the distinctive part in the middle ("重庆某某机械有限公司").
   */
  async search(query: string): Promise<Company[]> {
    const needle = query.trim().toLocaleLowerCase();
    const all = await this.list();
    return needle === '' ? all : all.filter((company) => matches(company, needle));
  }

  async get(id: string): Promise<Company | undefined> {
    return withStorageErrors(() => this.db.companies.get(id));
  }

  async create(input: CompanyInput): Promise<Company> {
    const stamp = this.clock.now().toISOString();
    const company: Company = {
      ...input,
      name: requireName(input.name),
      id: this.clock.newId(),
      createdAt: stamp,
      updatedAt: stamp,
    };
    await withStorageErrors(() => this.db.companies.add(company));
    return company;
  }

  /** Applies `patch` and returns the stored result; `storage.notFound` when the company is gone. */
  async update(id: string, patch: CompanyPatch): Promise<Company> {
    return withStorageErrors(() =>
      this.db.transaction('rw', this.db.companies, async () => {
        const current = await this.db.companies.get(id);
        if (!current) throw new StorageError('storage.notFound', { id });
        const next: Company = {
          ...current,
          ...patch,
          name: requireName(patch.name ?? current.name),
          id,
          createdAt: current.createdAt,
          updatedAt: this.clock.now().toISOString(),
        };
        await this.db.companies.put(next);
        return next;
      }),
    );
  }

  /**
   * Deletes the company and, in the same transaction, clears it as the active company so the switcher
   * never points at nothing. Features that store rows per company extend this transaction.
   */
  async delete(id: string): Promise<void> {
    await withStorageErrors(() =>
      this.db.transaction(
        'rw',
        [this.db.companies, this.db.settings, this.db.assessments, this.db.assessmentAttachments, this.db.roadmapPreferences],
        async () => {
          await this.db.companies.delete(id);
          await this.db.roadmapPreferences.delete(id);
          const assessmentIds = await this.db.assessments.where('companyId').equals(id).primaryKeys();
          await this.db.assessmentAttachments.where('assessmentId').anyOf(assessmentIds).delete();
          await this.db.assessments.bulkDelete(assessmentIds);
          const settings = await this.db.settings.get(SETTINGS_ROW_ID);
          if (settings?.activeCompanyId === id) {
            const next = { ...settings };
            delete next.activeCompanyId;
            await this.db.settings.put(next);
          }
        },
      ),
    );
  }
}
