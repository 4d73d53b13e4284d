import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { checkImageBeforeDecoding, maxImagePixels, readImageHeader } from '@shared/image/image-header';

const png = (width: number, height: number) => PNG.sync.write(Object.assign(new PNG({ width, height }), { data: Buffer.alloc(width * height * 4, 255) }));

// A PNG signature and IHDR that claim a size, with no pixel data behind them.
function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(bytes.buffer).setUint32(16, width);
  new DataView(bytes.buffer).setUint32(20, height);
  return bytes;
}

// SOI, an APP0 segment, then a baseline SOF0 with the given size.
function jpegHeader(width: number, height: number, marker = 0xc0): Uint8Array {
  return new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, marker, 0, 11, 8, height >> 8, height & 255, width >> 8, width & 255, 3, 1, 0x11, 0]);
}

function webpVp8x(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(30);
  bytes.set([...'RIFF'].map((c) => c.charCodeAt(0)), 0);
  bytes.set([...'WEBPVP8X'].map((c) => c.charCodeAt(0)), 8);
  const w = width - 1;
  const h = height - 1;
  bytes.set([w & 255, (w >> 8) & 255, (w >> 16) & 255, h & 255, (h >> 8) & 255, (h >> 16) & 255], 24);
  return bytes;
}

describe('image size from the header, before decoding', () => {
  it('reads a real PNG', () => {
    expect(readImageHeader(png(7, 5))).toEqual({ format: 'png', width: 7, height: 5 });
  });

  it.each([
    ['PNG', pngHeader(4000, 3000), { format: 'png', width: 4000, height: 3000 }],
    ['baseline JPEG', jpegHeader(4032, 3024), { format: 'jpeg', width: 4032, height: 3024 }],
    ['progressive JPEG', jpegHeader(640, 480, 0xc2), { format: 'jpeg', width: 640, height: 480 }],
    ['WebP (VP8X)', webpVp8x(1600, 1200), { format: 'webp', width: 1600, height: 1200 }],
  ])('reads a %s header', (_label, bytes, expected) => {
    expect(readImageHeader(bytes)).toEqual(expected);
    expect(checkImageBeforeDecoding(bytes)).toBeNull();
  });

  it.each([
    ['a 20,000 x 20,000 PNG bomb', pngHeader(20_000, 20_000)],
    ['a PNG 2^31 wide', pngHeader(2 ** 31, 1)],
    ['a 65,535 x 65,535 JPEG', jpegHeader(65_535, 65_535)],
    ['a WebP of 16,384 x 16,384', webpVp8x(16_384, 16_384)],
    ['one pixel over the limit', pngHeader(maxImagePixels + 1, 1)],
  ])('refuses %s as too large', (_label, bytes) => {
    expect(checkImageBeforeDecoding(bytes)).toBe('too-large');
  });

  it('accepts exactly the limit', () => {
    expect(checkImageBeforeDecoding(pngHeader(10_000, maxImagePixels / 10_000))).toBeNull();
  });

  it.each([
    ['nothing', new Uint8Array(0)],
    ['a PNG signature alone', pngHeader(1, 1).subarray(0, 8)],
    ['a PNG whose first chunk is not IHDR', (() => { const b = pngHeader(10, 10); b[12] = 0x58; return b; })()],
    ['a PNG of zero width', pngHeader(0, 10)],
    ['a JPEG that starts its scan before any frame header', new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0, 2])],
    ['a JPEG cut inside its frame header', jpegHeader(100, 100).subarray(0, 14)],
    ['a JPEG with garbage between segments', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0x12, 0x34, 0, 0])],
    ['a JPEG with a segment length of 0', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0, 0, 0])],
    ['a RIFF that is not WebP', new Uint8Array([...'RIFF\0\0\0\0WAVEfmt '].map((c) => c.charCodeAt(0)).concat(new Array(20).fill(0)))],
    ['a Windows executable', new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0])],
    ['a GIF', new TextEncoder().encode('GIF89a\x10\x00\x10\x00')],
    ['an SVG', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="99999" height="99999"/>')],
  ])('answers %s as unreadable', (_label, bytes) => {
    expect(checkImageBeforeDecoding(bytes)).toBe('unreadable');
  });
});
