import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileProblem } from '../../core/assessment/file-problems';
import { findCluster } from '../../core/clients/clusters';
import { isLanguage } from '../../i18n/languages';
import { getPlatform } from '../../platform';
import { safeFileName } from '../../platform/file-name';
import { useLocalized } from '../common/localized';
import { useCompanies } from '../common/CompaniesContext';
import { hrefFor } from '../common/hash-location';
import { ScreenHeader } from '../common/ScreenHeader';
import { catalogLabels } from '../common/catalog-labels';
import { useActiveCatalog } from '../common/use-active-catalog';
import { clientBackupJson, importClientFile, provenFollowUps } from '../../app/clients';
import { followUpXlsx } from './follow-up-export';
import { useClients } from './use-clients';
import { formatDay } from '../../i18n/date-format';
// The client table shares the catalog tables' look; without this it was unstyled until Solutions had been opened.
import '../common/catalog.css';

type Message = { kind: 'ok'; text: string } | { kind: 'error'; text: string; problems?: FileProblem[] };

/** The provider's clients: search, follow-up sheet, and one file per client. */
export function ClientsScreen() {
  const { t, i18n } = useTranslation(['clients', 'assessment']);
  const local = useLocalized();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { reload } = useCompanies();
  const [query, setQuery] = useState('');
  const [generation, setGeneration] = useState(0);
  const [message, setMessage] = useState<Message | undefined>(undefined);
  const { state: catalog } = useActiveCatalog();
  const entries = catalog.status === 'ready' ? catalog.catalog.entries : undefined;
  const clients = useClients(query, entries, generation);
  const labels = useMemo(() => catalogLabels(language, entries ?? []), [language, entries]);
  const jsonFilter = [{ name: t('fileFilter'), extensions: ['json'] }];

  const guarded = async (work: () => Promise<void>, failure: string) => {
    setMessage(undefined);
    try {
      await work();
    } catch (error) {
      console.error('clients', error);
      setMessage({ kind: 'error', text: failure });
    }
  };

  const exportSheet = () =>
    guarded(async () => {
      if (clients.status !== 'ready' || !entries) return;
      // Demo samples are for events, never for a provider's real follow-up list.
      const real = clients.rows.filter((r) => !r.company.isDemo);
      const data = await followUpXlsx(await provenFollowUps(real, entries), labels, i18n.getFixedT(null, 'clients'), local);
      const saved = await getPlatform().saveFile({
        suggestedName: `${t('sheet.fileName')}.xlsx`,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        data,
        filters: [{ name: 'Excel', extensions: ['xlsx'] }],
      });
      if (saved.status === 'saved') setMessage({ kind: 'ok', text: t('sheet.saved', { count: real.length }) });
    }, t('sheet.failed'));

  const exportClient = (id: string, name: string) =>
    guarded(async () => {
      const saved = await getPlatform().saveFile({
        suggestedName: safeFileName(`${name}.gongzhi-client.json`),
        mimeType: 'application/json',
        data: await clientBackupJson(id),
        filters: jsonFilter,
      });
      if (saved.status === 'saved') setMessage({ kind: 'ok', text: t('file.saved', { name }) });
    }, t('file.exportFailed'));

  const importClient = () =>
    guarded(async () => {
      const [file] = await getPlatform().openFiles({ multiple: false, filters: jsonFilter });
      if (!file) return;
      const outcome = await importClientFile(await file.bytes());
      if (outcome.ok) {
        setMessage({ kind: 'ok', text: t('file.imported', { name: outcome.company.name }) });
        setGeneration((g) => g + 1);
        reload();
      } else setMessage({ kind: 'error', text: t('file.refused', { name: file.name }), problems: outcome.problems });
    }, t('file.importFailed'));

  return (
    <>
      <ScreenHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <>
            <button
              type="button"
              className="gz-button gz-button--primary"
              disabled={clients.status !== 'ready'}
              onClick={() => void exportSheet()}
            >
              {t('sheet.export')}
            </button>
            <button type="button" className="gz-button" onClick={() => void importClient()}>
              {t('file.import')}
            </button>
          </>
        }
      />
      <label className="gz-field">
        <span className="gz-field-label">{t('search')}</span>
        <input className="gz-input" type="search" value={query} placeholder={t('searchHint')} onChange={(e) => setQuery(e.target.value)} />
      </label>
      {message ? (
        <div
          className={message.kind === 'ok' ? 'gz-notice' : 'gz-notice gz-notice--error'}
          role={message.kind === 'ok' ? 'status' : 'alert'}
        >
          <p>{message.text}</p>
          {message.kind === 'error' && message.problems ? (
            <ul>
              {message.problems.map((p, i) => (
                <li key={i}>{t(`assessment:import.${p.code}`, { ...p.params, path: p.path })}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {clients.status === 'loading' ? <p className="gz-loading">{t('loading')}</p> : null}
      {clients.status === 'failed' ? (
        <p className="gz-notice gz-notice--error" role="alert">
          {t('loadFailed')}
        </p>
      ) : null}
      {clients.status === 'ready' && clients.rows.length === 0 ? <p>{query ? t('noMatch') : t('none')}</p> : null}
      {clients.status === 'ready' && clients.rows.length > 0 ? (
        <table className="gz-sol-table" aria-label={t('tableLabel')}>
          <thead>
            <tr>
              <th>{t('sheet.company')}</th>
              <th>{t('sheet.contact')}</th>
              <th>{t('sheet.cluster')}</th>
              <th>{t('sheet.level')}</th>
              <th>{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {clients.rows.map(({ company, followUp }) => {
              const cluster = findCluster(company.cluster);
              return (
                <tr key={company.id}>
                  <td>
                    <a href={hrefFor(`/assess/company/${company.id}`)}>{company.name}</a>
                    {company.isDemo ? <span className="gz-badge"> {t('demoBadge')}</span> : null}
                  </td>
                  <td>{[company.contactName, company.contactPhone].filter(Boolean).join(' ')}</td>
                  <td>{cluster ? local(cluster.name) : ''}</td>
                  <td>
                    {followUp.assessment
                      ? t('levelOn', { level: followUp.assessment.level, date: formatDay(followUp.assessment.date, i18n.language) })
                      : t('notAssessed')}
                  </td>
                  <td>
                    <button type="button" className="gz-button" onClick={() => void exportClient(company.id, company.name)}>
                      {t('file.export')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
