import { useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Roi } from '../../core/inspection/roi';

/** Boxes smaller than this share of a side are taken as a click, not a mark. */
const MIN_SIDE = 0.01;

/**
 * A defect photo on which the user drags a box around the defect (optional: without one the
 * most unusual cells describe it). The box is kept in fractions of the photo, like a region of interest.
 */
export function RegionMarker({
  bytes,
  name,
  box,
  onChange,
}: {
  bytes: Uint8Array;
  name: string;
  box: Roi | undefined;
  onChange(box: Roi | undefined): void;
}) {
  const { t } = useTranslation('inspection');
  const url = useMemo(() => URL.createObjectURL(new Blob([bytes.slice()])), [bytes]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  const stage = useRef<HTMLDivElement>(null);
  const [start, setStart] = useState<{ x: number; y: number }>();
  const [draft, setDraft] = useState<Roi>();
  const at = (e: PointerEvent): { x: number; y: number } => {
    const r = stage.current?.getBoundingClientRect();
    if (!r || r.width === 0 || r.height === 0) return { x: 0, y: 0 };
    return { x: Math.min(1, Math.max(0, (e.clientX - r.left) / r.width)), y: Math.min(1, Math.max(0, (e.clientY - r.top) / r.height)) };
  };
  const boxOf = (a: { x: number; y: number }, b: { x: number; y: number }): Roi => ({
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    w: Math.abs(a.x - b.x),
    h: Math.abs(a.y - b.y),
  });
  const shown = draft ?? box;
  return (
    <div className="gz-inspect-marker">
      <div
        ref={stage}
        className="gz-inspect-stage gz-inspect-marker-stage"
        data-testid="region-marker"
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          setStart(at(e));
        }}
        onPointerMove={(e) => start && setDraft(boxOf(start, at(e)))}
        onPointerUp={(e) => {
          if (!start) return;
          const b = boxOf(start, at(e));
          setStart(undefined);
          setDraft(undefined);
          if (b.w >= MIN_SIDE && b.h >= MIN_SIDE) onChange(b);
        }}
      >
        <img src={url} alt={name} draggable={false} />
        {shown ? (
          <span
            className="gz-inspect-marker-box"
            data-marked-box={`${shown.x.toFixed(2)},${shown.y.toFixed(2)},${shown.w.toFixed(2)},${shown.h.toFixed(2)}`}
            style={{ left: `${shown.x * 100}%`, top: `${shown.y * 100}%`, width: `${shown.w * 100}%`, height: `${shown.h * 100}%` }}
          />
        ) : null}
      </div>
      <p className="gz-field-help">{t('types.markHelp')}</p>
      {box ? (
        <button className="gz-button" type="button" onClick={() => onChange(undefined)}>
          {t('types.clearMark')}
        </button>
      ) : null}
    </div>
  );
}
