import { Fragment, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupHeader } from '../../core/backup';

interface RestoreConfirmationProps {
  fileName: string;
  header: BackupHeader;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** Shows what a backup holds before it replaces anything, so the user can tell it is the right file. */
export function RestoreConfirmation({ fileName, header, busy, onConfirm, onCancel }: RestoreConfirmationProps) {
  const { t, i18n } = useTranslation('backup');
  const titleId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Focus the safe choice first: replacing a workspace must be a deliberate second step.
  useEffect(() => cancelRef.current?.focus(), []);

  const created = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(header.createdAt));
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <section className="gz-card" role="alertdialog" aria-modal="false" aria-labelledby={titleId}>
      <h3 className="gz-card-title" id={titleId}>
        {t('confirm.title')}
      </h3>
      <dl className="gz-info-list">
        <dt>{t('confirm.file')}</dt>
        <dd>{fileName}</dd>
        <dt>{t('confirm.created')}</dt>
        <dd>
          <time dateTime={header.createdAt}>{created}</time>
        </dd>
        <dt>{t('confirm.appVersion')}</dt>
        <dd>{header.appVersion}</dd>
        {header.tables.map((table) => (
          <Fragment key={table.name}>
            <dt>{t(`tables.${table.name}`, { defaultValue: table.name })}</dt>
            <dd>{number.format(table.rows)}</dd>
          </Fragment>
        ))}
      </dl>
      <p className="gz-notice gz-notice--error">{t('confirm.warning')}</p>
      <div className="gz-actions">
        <button type="button" className="gz-button" ref={cancelRef} onClick={onCancel} disabled={busy}>
          {t('confirm.cancel')}
        </button>
        <button type="button" className="gz-button gz-button--primary" onClick={onConfirm} disabled={busy}>
          {busy ? t('status.restoring') : t('confirm.replace')}
        </button>
      </div>
    </section>
  );
}
