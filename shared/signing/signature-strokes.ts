import { z } from 'zod';

/**
 * One sampled point of a stroke: position as a fraction of the pad (so a
 * resized or rotated pad redraws the same signature), milliseconds since the
 * stroke began, pressure 0–1 as the device reports it, and pen tilt in degrees.
 */
export const strokePointSchema = z.object({
  x: z.number().min(-0.05).max(1.05),
  y: z.number().min(-0.05).max(1.05),
  t: z.number().nonnegative(),
  pressure: z.number().min(0).max(1),
  tiltX: z.number().min(-90).max(90).optional(),
  tiltY: z.number().min(-90).max(90).optional(),
});

export const strokeSchema = z.object({
  pointerType: z.enum(['mouse', 'pen', 'touch']),
  startedAt: z.number().nonnegative(),
  points: z.array(strokePointSchema).min(1).max(20_000),
});

/** A handwritten signature as evidence: every stroke and the pad's aspect ratio. */
export const signatureCaptureSchema = z.object({
  aspectRatio: z.number().positive().max(10),
  strokes: z.array(strokeSchema).min(1).max(400),
});

export type StrokePoint = z.infer<typeof strokePointSchema>;
export type Stroke = z.infer<typeof strokeSchema>;
export type SignatureCapture = z.infer<typeof signatureCaptureSchema>;

/** Facts about a signature for the evidence page. */
export type StrokeSummary = Readonly<{ strokes: number; points: number; pointerTypes: readonly string[]; pressure: readonly [number, number] | null; durationMs: number }>;

/** Counts strokes and points, names the pointer types and the pressure range. */
export function summarizeStrokes(capture: SignatureCapture): StrokeSummary {
  const points = capture.strokes.flatMap((stroke) => stroke.points);
  const pressures = capture.strokes.filter((stroke) => stroke.pointerType !== 'mouse').flatMap((stroke) => stroke.points.map((point) => point.pressure));
  const starts = capture.strokes.map((stroke) => stroke.startedAt);
  const ends = capture.strokes.map((stroke) => stroke.startedAt + (stroke.points.at(-1)?.t ?? 0));
  return {
    strokes: capture.strokes.length,
    points: points.length,
    pointerTypes: [...new Set(capture.strokes.map((stroke) => stroke.pointerType))],
    pressure: pressures.length === 0 ? null : [Math.min(...pressures), Math.max(...pressures)],
    durationMs: Math.max(...ends) - Math.min(...starts),
  };
}
