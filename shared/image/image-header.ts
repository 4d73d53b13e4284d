/** The image formats a seal or thumbprint may be imported as. */
export type ImageFormat = 'png' | 'jpeg' | 'webp';

export type ImageHeader = Readonly<{ format: ImageFormat; width: number; height: number }>;

/**
 * The largest image the app decodes: 50 megapixels. A 12-megapixel phone
 * photo fits four times over; a 20,000 x 20,000 "decompression bomb" (a few
 * hundred kilobytes that would need 1.6 GB once decoded) does not.
 */
export const maxImagePixels = 50_000_000;

const u16be = (bytes: Uint8Array, at: number) => (bytes[at]! << 8) | bytes[at + 1]!;
const u32be = (bytes: Uint8Array, at: number) => ((bytes[at]! << 24) >>> 0) + (bytes[at + 1]! << 16) + (bytes[at + 2]! << 8) + bytes[at + 3]!;
const u24le = (bytes: Uint8Array, at: number) => bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16);
const ascii = (bytes: Uint8Array, at: number, length: number) => String.fromCharCode(...bytes.subarray(at, at + length));

function readPng(bytes: Uint8Array): ImageHeader | null {
  // Signature (8), then the IHDR chunk: length (4), type (4), width (4), height (4).
  if (bytes.byteLength < 24 || ascii(bytes, 12, 4) !== 'IHDR') return null;
  return { format: 'png', width: u32be(bytes, 16), height: u32be(bytes, 20) };
}

// Start-of-frame markers carry the size: C0–CF except DHT (C4), JPG (C8) and DAC (CC).
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

function readJpeg(bytes: Uint8Array): ImageHeader | null {
  let at = 2;
  while (at + 4 <= bytes.byteLength) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    // Markers without a length: TEM, RST0–7.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    // Start of scan or end of image before any frame header: no size to read.
    if (marker === 0xda || marker === 0xd9) return null;
    const length = u16be(bytes, at + 2);
    if (length < 2) return null;
    if (isStartOfFrame(marker)) {
      if (at + 9 > bytes.byteLength) return null;
      return { format: 'jpeg', height: u16be(bytes, at + 5), width: u16be(bytes, at + 7) };
    }
    at += 2 + length;
  }
  return null;
}

function readWebp(bytes: Uint8Array): ImageHeader | null {
  if (bytes.byteLength < 30 || ascii(bytes, 8, 4) !== 'WEBP') return null;
  const chunk = ascii(bytes, 12, 4);
  if (chunk === 'VP8X') return { format: 'webp', width: u24le(bytes, 24) + 1, height: u24le(bytes, 27) + 1 };
  if (chunk === 'VP8L') {
    if (bytes[20] !== 0x2f) return null;
    const bits = bytes[21]! | (bytes[22]! << 8) | (bytes[23]! << 16) | (bytes[24]! << 24);
    return { format: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8 ') {
    if (bytes[23] !== 0x9d || bytes[24] !== 0x01 || bytes[25] !== 0x2a) return null;
    return { format: 'webp', width: (bytes[26]! | (bytes[27]! << 8)) & 0x3fff, height: (bytes[28]! | (bytes[29]! << 8)) & 0x3fff };
  }
  return null;
}

/**
 * An image's format and size from its header alone, before anything is
 * decoded; null when the bytes are no PNG, JPEG or WebP the header of which
 * can be read.
 */
export function readImageHeader(bytes: Uint8Array): ImageHeader | null {
  if (bytes.byteLength >= 8 && u32be(bytes, 0) === 0x89504e47 && u32be(bytes, 4) === 0x0d0a1a0a) return readPng(bytes);
  if (bytes.byteLength >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return readJpeg(bytes);
  if (bytes.byteLength >= 12 && ascii(bytes, 0, 4) === 'RIFF') return readWebp(bytes);
  return null;
}

/** Why an image is refused before decoding, or null when it may be decoded. */
export function checkImageBeforeDecoding(bytes: Uint8Array): 'unreadable' | 'too-large' | null {
  const header = readImageHeader(bytes);
  if (header === null || header.width === 0 || header.height === 0) return 'unreadable';
  return isWithinPixelLimit(header.width, header.height) ? null : 'too-large';
}

/** True when an image of this size may be decoded and processed. */
export function isWithinPixelLimit(width: number, height: number): boolean {
  return width > 0 && height > 0 && width * height <= maxImagePixels;
}
