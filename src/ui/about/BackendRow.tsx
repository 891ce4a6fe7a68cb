import { useTranslation } from 'react-i18next';
import type { BackendStatus } from '../../app/inspection';
import { backendNameKeys, backendReasonKeys } from '../common/backend-labels';

interface BackendRowProps {
  status: BackendStatus;
  /** Extra facts, already formatted (adapter name, thread count). */
  detail?: string;
}

export function BackendRow({ status, detail }: BackendRowProps) {
  const { t } = useTranslation(['common']);
  return (
    <li className="gz-backend" data-backend={status.id} data-available={status.available}>
      <div className="gz-backend-head">
        <span className="gz-backend-name">{t(backendNameKeys[status.id])}</span>
        <span className={`gz-badge ${status.available ? 'gz-badge--ok' : 'gz-badge--off'}`}>
          {status.available ? t('backends.available') : t('backends.unavailable')}
        </span>
      </div>
      <p className="gz-backend-reason">{t(backendReasonKeys[status.reason])}</p>
      {detail ? <p className="gz-backend-detail">{detail}</p> : null}
    </li>
  );
}
