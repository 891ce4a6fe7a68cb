import { describe, expect, it } from 'vitest';
import type { Company } from '../../core/clients/company';
import { filterCompanies } from './filter-companies';

function company(name: string, contactName?: string): Company {
  const base = { id: name, name, industryType: 'discrete' as const, isDemo: false, createdAt: '', updatedAt: '' };
  return contactName ? { ...base, contactName } : base;
}

describe('filterCompanies', () => {
  const companies = [company('重庆长江精密机械有限公司', '李工'), company('Yongchuan Foods Co.'), company('两江汽配')];

  it('finds a company by a part from the middle of its name, ignoring case and spaces', () => {
    expect(filterCompanies(companies, '精密').map((c) => c.name)).toEqual(['重庆长江精密机械有限公司']);
    expect(filterCompanies(companies, '  foods ').map((c) => c.name)).toEqual(['Yongchuan Foods Co.']);
  });

  it('finds by contact person and lists everyone for an empty query', () => {
    expect(filterCompanies(companies, '李工')).toHaveLength(1);
    expect(filterCompanies(companies, '')).toHaveLength(3);
    expect(filterCompanies(companies, '不存在')).toEqual([]);
  });
});
