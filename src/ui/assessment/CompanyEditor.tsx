import { useTranslation } from 'react-i18next';
import { getCompany, saveCompanyProfile, type CompanyInput } from '../../app/clients';
import { useCompanies } from '../common/CompaniesContext';
import { navigate } from '../common/hash-location';
import { CompanyProfileForm } from './CompanyProfileForm';
import { useAsync } from '../common/use-async';

/** New company (companyId undefined) or editing an existing profile. */
export function CompanyEditor({ companyId }: { companyId?: string }) {
  const { t } = useTranslation('assessment');
  const { reload } = useCompanies();
  const existing = useAsync(async () => (companyId ? getCompany(companyId) : undefined), companyId ?? 'new');
  if (existing.status === 'loading') return <p className="gz-loading">{t('common.loading')}</p>;
  const initial = existing.status === 'ready' ? existing.value : undefined;
  const save = async (input: CompanyInput) => {
    const saved = await saveCompanyProfile(initial?.id, input);
    reload(); // the header's company switcher lists it too
    navigate(`/assess/company/${saved.id}`);
  };
  return (
    <CompanyProfileForm
      {...(initial ? { initial } : {})}
      onSave={save}
      onCancel={() => navigate(initial ? `/assess/company/${initial.id}` : '/assess')}
    />
  );
}
