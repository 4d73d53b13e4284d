// How the bundled CJK font is cut for the screen: one small face with every
// character the interface itself uses (loaded at start), then the rest of the
// font in slices that the browser fetches only when a page shows one of their
// characters (names and addresses typed by the user). The slices together
// cover every character the font has, and no character is in two of them, so
// which file draws a character never depends on declaration order.

/** One face of the family: a file name stem and the code points it draws. */
export type FontSlice = Readonly<{ name: string; codePoints: readonly number[] }>;

export type SlicePlanInput = Readonly<{
  /** Every code point the font maps to a glyph. */
  fontCodePoints: ReadonlySet<number>;
  /** The characters of the interface: drawn by the first slice. */
  interfaceCodePoints: Iterable<number>;
  /** The common characters (GB2312) in the order they should be grouped. */
  commonCodePoints: readonly number[];
  commonSliceSize: number;
  restSliceSize: number;
}>;

function chunk(codePoints: readonly number[], size: number, stem: string): FontSlice[] {
  const slices: FontSlice[] = [];
  for (let start = 0; start < codePoints.length; start += size) {
    slices.push({ name: `${stem}-${String(slices.length + 1).padStart(2, '0')}`, codePoints: codePoints.slice(start, start + size) });
  }
  return slices;
}

/**
 * Splits the font into the interface slice, the common slices (GB2312 level 1
 * before level 2, so the most frequent characters share few files) and the
 * rest in code point order. Disjoint, and together the whole font.
 */
export function planFontSlices(input: SlicePlanInput): FontSlice[] {
  const taken = new Set<number>();
  const take = (points: Iterable<number>) => {
    const kept: number[] = [];
    for (const point of points) {
      if (!input.fontCodePoints.has(point) || taken.has(point)) continue;
      taken.add(point);
      kept.push(point);
    }
    return kept;
  };
  const interfacePoints = take([...input.interfaceCodePoints].sort((a, b) => a - b));
  const common = take(input.commonCodePoints);
  const rest = take([...input.fontCodePoints].sort((a, b) => a - b));
  return [{ name: 'interface', codePoints: interfacePoints }, ...chunk(common, input.commonSliceSize, 'common'), ...chunk(rest, input.restSliceSize, 'rest')];
}

const hex = (point: number) => point.toString(16).toUpperCase();

/** The `unicode-range` value of a set of code points, consecutive ones merged into ranges. */
export function unicodeRangeOf(codePoints: readonly number[]): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const parts: string[] = [];
  let index = 0;
  while (index < sorted.length) {
    const start = sorted[index]!;
    let end = start;
    while (sorted[index + 1] === end + 1) {
      end += 1;
      index += 1;
    }
    parts.push(start === end ? `U+${hex(start)}` : `U+${hex(start)}-${hex(end)}`);
    index += 1;
  }
  return parts.join(',');
}

/** The code points of a `unicode-range` value (the inverse of unicodeRangeOf), for checks. */
export function codePointsOfUnicodeRange(range: string): number[] {
  return range.split(',').flatMap((part) => {
    const match = /^\s*U\+([0-9A-F]+)(?:-([0-9A-F]+))?\s*$/i.exec(part);
    if (match === null) throw new Error(`not a unicode range: ${part}`);
    const start = Number.parseInt(match[1]!, 16);
    const end = match[2] === undefined ? start : Number.parseInt(match[2], 16);
    return Array.from({ length: end - start + 1 }, (_, offset) => start + offset);
  });
}

/** One @font-face rule per slice, all of one family; text stays hidden (never boxes) the moment a slice loads. */
export function fontFaceCss(family: string, faces: readonly Readonly<{ url: string; codePoints: readonly number[] }>[]): string {
  return faces
    .filter((face) => face.codePoints.length > 0)
    .map(
      (face) =>
        `@font-face{font-family:'${family}';font-style:normal;font-weight:400;font-display:block;` +
        `src:url('${face.url}') format('truetype');unicode-range:${unicodeRangeOf(face.codePoints)}}`,
    )
    .join('\n');
}

/**
 * The characters of GB2312 in its own order: the symbols, then level 1 (3,755
 * most used hanzi, by pinyin), then level 2 (3,008, by radical). Read
 * through a GB18030 decoder, which every modern runtime has.
 */
export function gb2312CodePoints(decoder: TextDecoder): number[] {
  const points: number[] = [];
  for (let row = 0xa1; row <= 0xf7; row += 1) {
    for (let cell = 0xa1; cell <= 0xfe; cell += 1) {
      const text = decoder.decode(new Uint8Array([row, cell]));
      const point = text.codePointAt(0);
      if (text.length === 1 && point !== undefined && point !== 0xfffd) points.push(point);
    }
  }
  return points;
}
