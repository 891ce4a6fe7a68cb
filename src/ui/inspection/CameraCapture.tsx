import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCameraCapture } from './use-camera-capture';

interface Props {
  /** Label of the capture button, already translated (e.g. "Capture good part"). */
  captureLabel: string;
  disabled?: boolean;
  onCapture(bytes: Uint8Array): void;
}

/* Space captures while the preview runs, unless the user is typing or a button has focus (it clicks itself). */
function isTypingOrButton(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON'].includes(target.tagName));
}

/** Teaching from the live USB camera: a preview, a capture button and the Space key. */
export function CameraCapture({ captureLabel, disabled, onCapture }: Props) {
  const { t } = useTranslation('inspection');
  const { video, running, problem, start, stop, capture } = useCameraCapture();
  const grab = async () => {
    if (disabled) return;
    const bytes = await capture();
    if (bytes) onCapture(bytes);
  };

  useEffect(() => {
    if (!running) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.code !== 'Space' || e.repeat || isTypingOrButton(e.target)) return;
      e.preventDefault();
      void grab();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <div className="gz-inspect-camera-capture">
      <div className="gz-actions">
        {running ? (
          <>
            <button
              className="gz-button gz-button--primary"
              type="button"
              disabled={disabled}
              onClick={() => void grab()}
              aria-keyshortcuts="Space"
            >
              {captureLabel}
            </button>
            <button className="gz-button" type="button" onClick={stop}>
              {t('camera.stop')}
            </button>
          </>
        ) : (
          <button className="gz-button" type="button" onClick={() => void start()}>
            {t('camera.start')}
          </button>
        )}
      </div>
      {running ? <p className="gz-field-help">{t('teachCamera.shortcut')}</p> : null}
      {problem ? (
        <p className="gz-notice gz-notice--error" role="alert">
          {t(`camera.problems.${problem}`)}
        </p>
      ) : null}
      <video ref={video} muted playsInline className="gz-inspect-video gz-inspect-video--small" hidden={!running} />
    </div>
  );
}
