import { describe, expect, it } from 'vitest';
import { codePointsOfUnicodeRange, fontFaceCss, gb2312CodePoints, planFontSlices, unicodeRangeOf } from '../../../../tools/ui-font/font-slices';

const points = (text: string) => [...text].map((character) => character.codePointAt(0)!);

describe('planFontSlices', () => {
  const font = new Set([...points('合规短信助手工作区龘亓ABC'), 0x20]);
  const slices = planFontSlices({
    fontCodePoints: font,
    interfaceCodePoints: points('合规短信助手 ✓'),
    commonCodePoints: points('工作区亓合'),
    commonSliceSize: 2,
    restSliceSize: 3,
  });

  it('puts the interface characters the font has first, then the common ones in their order, then the rest', () => {
    expect(slices.map((slice) => slice.name)).toEqual(['interface', 'common-01', 'common-02', 'rest-01', 'rest-02']);
    expect(String.fromCodePoint(...slices[0]!.codePoints)).toBe(' 信助合手短规');
    expect(String.fromCodePoint(...slices[1]!.codePoints, ...slices[2]!.codePoints)).toBe('工作区亓');
  });

  it('is disjoint and covers every character of the font, and nothing else', () => {
    const all = slices.flatMap((slice) => slice.codePoints);
    expect(new Set(all).size).toBe(all.length);
    expect(new Set(all)).toEqual(font);
  });
});

describe('unicode-range', () => {
  it('merges runs and reads back to the same code points', () => {
    const sample = [0x20, 0x21, 0x22, 0x41, 0x4e00, 0x4e01, 0x9f98];
    expect(unicodeRangeOf(sample)).toBe('U+20-22,U+41,U+4E00-4E01,U+9F98');
    expect(codePointsOfUnicodeRange(unicodeRangeOf(sample))).toEqual(sample);
  });

  it('refuses what is not a range', () => {
    for (const bad of ['', 'U+', '4E00', 'U+XYZ', 'U+41;U+42']) expect(() => codePointsOfUnicodeRange(bad), bad).toThrow();
  });

  it('writes one @font-face per non-empty slice, same family, hidden until loaded', () => {
    const css = fontFaceCss('Bundled', [
      { url: '/assets/a.ttf', codePoints: [0x41] },
      { url: '/assets/empty.ttf', codePoints: [] },
    ]);
    expect(css).toBe("@font-face{font-family:'Bundled';font-style:normal;font-weight:400;font-display:block;src:url('/assets/a.ttf') format('truetype');unicode-range:U+41}");
  });
});

describe('gb2312CodePoints', () => {
  it('lists GB2312: symbols, then level 1 from 啊 (by pinyin), then level 2 ending with 齄', () => {
    const list = gb2312CodePoints(new TextDecoder('gb18030'));
    const hanzi = list.filter((point) => point >= 0x4e00 && point <= 0x9fff);
    expect(hanzi).toHaveLength(6763);
    expect(String.fromCodePoint(hanzi[0]!)).toBe('啊');
    expect(String.fromCodePoint(hanzi[3754]!)).toBe('座');
    expect(String.fromCodePoint(hanzi.at(-1)!)).toBe('齄');
    expect(list).toContain('，'.codePointAt(0));
  });
});
