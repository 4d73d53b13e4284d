/**
 * The Unicode code points a TrueType font maps to a glyph (cmap formats 4 and
 * 12), read straight from its tables: to check a subset covers a document.
 */
export function mappedCodePoints(font: Uint8Array): Set<number> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < tables; i += 1) {
    const record = 12 + i * 16;
    if (String.fromCharCode(...font.subarray(record, record + 4)) === 'cmap') cmap = view.getUint32(record + 8);
  }
  if (cmap < 0) throw new Error('no cmap');
  const points = new Set<number>();
  const subtables = view.getUint16(cmap + 2);
  for (let i = 0; i < subtables; i += 1) {
    const offset = cmap + view.getUint32(cmap + 4 + i * 8 + 4);
    const format = view.getUint16(offset);
    if (format === 4) readFormat4(view, offset, points);
    if (format === 12) readFormat12(view, offset, points);
  }
  return points;
}

function readFormat4(view: DataView, offset: number, points: Set<number>): void {
  const segments = view.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const ranges = deltas + segments * 2;
  for (let s = 0; s < segments; s += 1) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    const delta = view.getInt16(deltas + s * 2);
    const rangeOffset = view.getUint16(ranges + s * 2);
    for (let code = start; code <= end && code !== 0xffff; code += 1) {
      const glyph = rangeOffset === 0 ? (code + delta) & 0xffff : view.getUint16(ranges + s * 2 + rangeOffset + (code - start) * 2);
      if (glyph !== 0) points.add(code);
    }
  }
}

function readFormat12(view: DataView, offset: number, points: Set<number>): void {
  const groups = view.getUint32(offset + 12);
  for (let g = 0; g < groups; g += 1) {
    const start = view.getUint32(offset + 16 + g * 12);
    const end = view.getUint32(offset + 20 + g * 12);
    for (let code = start; code <= end; code += 1) points.add(code);
  }
}
