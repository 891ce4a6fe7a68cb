import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentRef, Evidence } from '../../core/assessment/answers';
import type { Question } from '../../core/assessment/framework-schema';
import { useLocalized } from '../common/localized';

interface Props {
  question: Question;
  evidence: Evidence | undefined;
  disabled: boolean;
  onChange(evidence: Evidence | undefined, mode: 'now' | 'typing'): void;
  onAttach(file: File): Promise<AttachmentRef>;
}

function clean(e: Evidence): Evidence | undefined {
  const out: Evidence = {};
  if (e.numbers && Object.keys(e.numbers).length > 0) out.numbers = e.numbers;
  if (e.note && e.note.trim() !== '') out.note = e.note;
  if (e.attachments && e.attachments.length > 0) out.attachments = e.attachments;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Optional evidence for an answer: the question's figures with units, a note and attached files. */
export function EvidenceEditor({ question, evidence, disabled, onChange, onAttach }: Props) {
  const { t } = useTranslation('assessment');
  const local = useLocalized();
  const [attachFailed, setAttachFailed] = useState(false);
  const current = evidence ?? {};
  const update = (patch: Partial<Evidence>, mode: 'now' | 'typing') => onChange(clean({ ...current, ...patch }), mode);
  return (
    <details className="gz-assess-evidence" open={evidence !== undefined}>
      <summary>{t('evidence.title')}</summary>
      {(question.evidence ?? []).map((field) => (
        <label key={field.id} className="gz-field">
          <span className="gz-field-label">{field.unit ? `${local(field.label)}（${local(field.unit)}）` : local(field.label)}</span>
          <input
            className="gz-input gz-assess-number"
            type="number"
            step="any"
            disabled={disabled}
            defaultValue={current.numbers?.[field.id] ?? ''}
            onChange={(e) => {
              const numbers = { ...current.numbers };
              if (Number.isFinite(e.target.valueAsNumber)) numbers[field.id] = e.target.valueAsNumber;
              else Reflect.deleteProperty(numbers, field.id);
              update({ numbers }, 'typing');
            }}
          />
        </label>
      ))}
      <label className="gz-field">
        <span className="gz-field-label">{t('evidence.note')}</span>
        <textarea
          className="gz-input"
          rows={3}
          disabled={disabled}
          defaultValue={current.note ?? ''}
          onChange={(e) => update({ note: e.target.value }, 'typing')}
        />
      </label>
      <div className="gz-field">
        <span className="gz-field-label">{t('evidence.files')}</span>
        <ul className="gz-assess-files">
          {(current.attachments ?? []).map((a) => (
            <li key={a.id}>
              {a.name}{' '}
              <button
                type="button"
                className="gz-button"
                disabled={disabled}
                onClick={() => update({ attachments: (current.attachments ?? []).filter((x) => x.id !== a.id) }, 'now')}
              >
                {t('evidence.remove')}
              </button>
            </li>
          ))}
        </ul>
        <input
          type="file"
          aria-label={t('evidence.attach')}
          disabled={disabled}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            setAttachFailed(false);
            onAttach(file).then(
              (ref) => update({ attachments: [...(current.attachments ?? []), ref] }, 'now'),
              () => setAttachFailed(true),
            );
          }}
        />
        {attachFailed ? (
          <p className="gz-notice gz-notice--error" role="alert">
            {t('evidence.attachFailed')}
          </p>
        ) : null}
      </div>
    </details>
  );
}
