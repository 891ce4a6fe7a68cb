import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { droppedSources, pickImageFolderSources, pickImageSources, type ImageSource, type NamedBytes } from './read-files';

interface Props {
  disabled?: boolean;
  onImages?(files: NamedBytes[]): void;
  /** Instead of `onImages`: the files unread, for a batch that reads each only when it is queued. */
  onSources?(sources: ImageSource[]): void;
  /** Labels of the two buttons, already translated. */
  filesLabel: string;
  folderLabel: string;
}

/** Files, a folder, or drag-and-drop: every way images come in. */
async function readAll(sources: ImageSource[]): Promise<NamedBytes[]> {
  const out: NamedBytes[] = [];
  for (const s of sources) out.push({ name: s.name, bytes: await s.bytes() });
  return out;
}

export function ImageSourceButtons({ disabled, onImages, onSources, filesLabel, folderLabel }: Props) {
  const { t } = useTranslation('inspection');
  const [over, setOver] = useState(false);
  const deliver = (sources: ImageSource[]) => {
    if (onSources) onSources(sources);
    else if (onImages) void readAll(sources).then(onImages);
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (!disabled) deliver(droppedSources(e.dataTransfer.files));
  };
  return (
    <div
      className={`gz-inspect-drop${over ? ' gz-inspect-drop--over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <div className="gz-actions">
        <button
          className="gz-button gz-button--primary"
          type="button"
          disabled={disabled}
          onClick={() => void pickImageSources(t('imageFilter')).then(deliver)}
        >
          {filesLabel}
        </button>
        <button className="gz-button" type="button" disabled={disabled} onClick={() => void pickImageFolderSources().then(deliver)}>
          {folderLabel}
        </button>
      </div>
      <p className="gz-field-help">{t('dropHint')}</p>
    </div>
  );
}
