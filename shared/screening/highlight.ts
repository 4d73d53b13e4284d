import type { ScreeningHit } from './hit-categories';

/** A run of the content and the hits (by their number, from 1) that cover it; empty for plain text. */
export type HighlightSegment = Readonly<{ text: string; hits: readonly number[]; endsHits: readonly number[] }>;

/**
 * Cuts the content at every hit's edges so each run can be marked with the
 * hits covering it. Hits over the whole message (no words of their own) mark
 * nothing; spans outside the text are clipped.
 */
export function highlightSegments(content: string, hits: readonly ScreeningHit[]): HighlightSegment[] {
  const spans = hits
    .map((hit, index) => ({ number: index + 1, start: Math.max(0, Math.min(hit.start, content.length)), end: Math.max(0, Math.min(hit.end, content.length)), whole: hit.text === '' }))
    .filter((span) => !span.whole && span.end > span.start);
  const edges = [...new Set([0, content.length, ...spans.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);
  const segments: HighlightSegment[] = [];
  for (let index = 0; index + 1 < edges.length; index += 1) {
    const from = edges[index]!;
    const to = edges[index + 1]!;
    const covering = spans.filter((span) => span.start <= from && span.end >= to);
    segments.push({ text: content.slice(from, to), hits: covering.map((span) => span.number), endsHits: covering.filter((span) => span.end === to).map((span) => span.number) });
  }
  return segments;
}
