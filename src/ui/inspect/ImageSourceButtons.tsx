import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pickImageFolder, pickImages, readDropped, type NamedBytes } from './read-files';

interface Props {
  disabled?: boolean;
  onImages(files: NamedBytes[]): void;
  /** Labels of the two buttons, already translated. */
  filesLabel: string;
  folderLabel: string;
}

/** Files, a folder, or drag-and-drop: every way images come in. */
export function ImageSourceButtons({ disabled, onImages, filesLabel, folderLabel }: Props) {
  const { t } = useTranslation('inspect');
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (!disabled) void readDropped(e.dataTransfer.files).then(onImages);
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
        <button className="gz-button gz-button--primary" type="button" disabled={disabled} onClick={() => void pickImages(t('imageFilter')).then(onImages)}>
          {filesLabel}
        </button>
        <button className="gz-button" type="button" disabled={disabled} onClick={() => void pickImageFolder().then(onImages)}>
          {folderLabel}
        </button>
      </div>
      <p className="gz-field-help">{t('dropHint')}</p>
    </div>
  );
}
