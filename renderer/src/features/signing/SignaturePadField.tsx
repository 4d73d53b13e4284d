import { useCallback, useEffect, useRef } from 'react';
import type SignaturePad from 'signature_pad';
import type { SignatureCapture } from '@shared/signing/signature-strokes';
import { t } from '@renderer/i18n/t';
import { createPressurePad, toPointGroups } from './signature-drawing';
import { useStrokeRecorder, withStroke } from './use-stroke-recorder';

type SignaturePadFieldProps = Readonly<{
  value: SignatureCapture | null;
  onChange: (capture: SignatureCapture | null) => void;
  aspectRatio?: number;
  label: string;
}>;

/**
 * The signing pad: sized for the device pixel ratio, redrawn from the stroke
 * data whenever it is resized, rotated or made full-screen, with undo and clear.
 */
export function SignaturePadField({ value, onChange, aspectRatio = 3, label }: SignaturePadFieldProps) {
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const pad = useRef<SignaturePad | null>(null);
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
  }, [value]);

  const redraw = useCallback(() => {
    const element = canvas.current;
    const container = frame.current;
    if (element === null || container === null || pad.current === null) return;
    // Keep the pad's shape in any frame (also full-screen): strokes are stored
    // as fractions of the pad, so the same shape redraws the same signature.
    const width = Math.min(container.clientWidth, container.clientHeight > 0 ? container.clientHeight * aspectRatio : Infinity);
    const height = width / aspectRatio;
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    element.style.width = `${width}px`;
    element.style.height = `${height}px`;
    element.width = Math.round(width * ratio);
    element.height = Math.round(height * ratio);
    element.getContext('2d')?.scale(ratio, ratio);
    pad.current.clear();
    if (latest.current !== null) pad.current.fromData(toPointGroups(latest.current, width, height));
  }, [aspectRatio]);

  useEffect(() => {
    const element = canvas.current;
    if (element === null) return undefined;
    pad.current = createPressurePad(element);
    redraw();
    const observer = new ResizeObserver(() => redraw());
    if (frame.current !== null) observer.observe(frame.current);
    window.addEventListener('orientationchange', redraw);
    return () => {
      observer.disconnect();
      window.removeEventListener('orientationchange', redraw);
      pad.current?.off();
      pad.current = null;
    };
  }, [redraw]);

  useEffect(redraw, [value, redraw]);

  useStrokeRecorder(
    canvas,
    aspectRatio,
    (stroke) => {
      // Strokes can end faster than React renders: chain them on the ref, not on the last render.
      const next = withStroke(latest.current, stroke, aspectRatio);
      latest.current = next;
      onChange(next);
    },
    true,
  );

  const undo = () => {
    const strokes = value?.strokes.slice(0, -1) ?? [];
    onChange(strokes.length === 0 ? null : { aspectRatio, strokes });
  };

  const fullScreen = () => {
    void frame.current?.parentElement?.requestFullscreen?.();
  };

  return (
    <div className="signature-field">
      <div className="signature-frame" ref={frame}>
        <canvas ref={canvas} className="signature-canvas" aria-label={label} data-testid="signature-canvas" />
        <span className="signature-baseline" aria-hidden="true" />
      </div>
      <div className="actions">
        <button type="button" className="button" onClick={undo} disabled={value === null}>
          {t('signing.pad.undo')}
        </button>
        <button type="button" className="button" onClick={() => onChange(null)} disabled={value === null}>
          {t('signing.pad.clear')}
        </button>
        <button type="button" className="button" onClick={fullScreen}>
          {t('signing.pad.fullscreen')}
        </button>
        {document.fullscreenElement !== null && (
          <button type="button" className="button primary" onClick={() => void document.exitFullscreen()}>
            {t('signing.pad.exitFullscreen')}
          </button>
        )}
      </div>
    </div>
  );
}
