import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCompanies } from '../common/CompaniesContext';
import { CompanySwitcherPanel } from './CompanySwitcherPanel';

/** Header button naming the active company; opens the dialog to search, switch and create companies. */
export function CompanySwitcher() {
  const { t } = useTranslation('common');
  const { activeCompany, reload } = useCompanies();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const titleId = useId();

  const show = (): void => {
    // Other screens may have added companies since the list was read.
    reload();
    setOpen(true);
    dialogRef.current?.showModal();
  };
  const close = (): void => dialogRef.current?.close();

  return (
    <>
      <button type="button" className="gz-switcher" onClick={show} aria-haspopup="dialog" data-testid="company-switcher">
        <span className="gz-switcher-label">{t('company.current')}</span>
        <span className="gz-switcher-name">{activeCompany ? activeCompany.name : t('company.none')}</span>
        <svg className="gz-switcher-chevron" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
      </button>
      <dialog
        ref={dialogRef}
        className="gz-dialog"
        aria-labelledby={titleId}
        onClose={() => setOpen(false)}
        onClick={(event) => {
          // A click on the backdrop lands on the dialog element itself.
          if (event.target === event.currentTarget) close();
        }}
      >
        {open ? <CompanySwitcherPanel titleId={titleId} onDone={close} /> : null}
      </dialog>
    </>
  );
}
