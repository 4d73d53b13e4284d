import { useEffect, useRef } from 'react';
import type { SignatureCapture, Stroke, StrokePoint } from '@shared/signing/signature-strokes';

type PointerKind = Stroke['pointerType'];

const pointerKind = (event: PointerEvent): PointerKind =>
  event.pointerType === 'pen' || event.pointerType === 'touch' ? event.pointerType : 'mouse';

/**
 * Records every pointer sample on the canvas as evidence (position as a
 * fraction of the pad, time, pressure, tilt, pointer type), independently of
 * what signature_pad keeps for drawing, and reports each finished stroke.
 */
export function useStrokeRecorder(
  canvas: React.RefObject<HTMLCanvasElement | null>,
  aspectRatio: number,
  onStroke: (stroke: Stroke) => void,
  enabled: boolean,
): void {
  const callback = useRef(onStroke);
  useEffect(() => {
    callback.current = onStroke;
  }, [onStroke]);

  useEffect(() => {
    const element = canvas.current;
    if (element === null || !enabled) return undefined;
    let active: { id: number; stroke: Stroke; origin: number } | null = null;

    const sample = (event: PointerEvent, origin: number): StrokePoint => {
      const rect = element.getBoundingClientRect();
      const point: StrokePoint = {
        x: (event.clientX - rect.left) / rect.width,
        y: (event.clientY - rect.top) / rect.height,
        t: Math.max(0, event.timeStamp - origin),
        pressure: Math.min(1, Math.max(0, event.pressure)),
      };
      return event.pointerType === 'pen' ? { ...point, tiltX: event.tiltX, tiltY: event.tiltY } : point;
    };

    const move = (event: PointerEvent) => {
      if (active === null || event.pointerId !== active.id) return;
      const samples = typeof event.getCoalescedEvents === 'function' ? event.getCoalescedEvents() : [];
      for (const coalesced of samples.length > 0 ? samples : [event]) active.stroke.points.push(sample(coalesced, active.origin));
    };
    const end = (event: PointerEvent) => {
      if (active === null || event.pointerId !== active.id) return;
      const finished = active.stroke;
      active = null;
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', end);
      window.removeEventListener('pointercancel', end);
      if (finished.points.length > 0) callback.current(finished);
    };
    const down = (event: PointerEvent) => {
      if (active !== null || (event.pointerType === 'mouse' && event.button !== 0)) return;
      active = { id: event.pointerId, origin: event.timeStamp, stroke: { pointerType: pointerKind(event), startedAt: Date.now(), points: [] } };
      active.stroke.points.push(sample(event, event.timeStamp));
      window.addEventListener('pointermove', move);
      window.addEventListener('pointerup', end);
      window.addEventListener('pointercancel', end);
    };
    element.addEventListener('pointerdown', down);
    return () => {
      element.removeEventListener('pointerdown', down);
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', end);
      window.removeEventListener('pointercancel', end);
    };
  }, [canvas, aspectRatio, enabled]);
}

/** The capture with one more stroke. */
export function withStroke(capture: SignatureCapture | null, stroke: Stroke, aspectRatio: number): SignatureCapture {
  return { aspectRatio, strokes: [...(capture?.strokes ?? []), stroke] };
}
