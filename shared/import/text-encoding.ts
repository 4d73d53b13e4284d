/** The text encodings a CSV from Chinese Excel, WPS or a web form arrives in. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * Which encoding a text file is in: a byte-order mark says so; otherwise a
 * file that decodes as strict UTF-8 is UTF-8, and anything else is taken as
 * GB18030, the superset of GBK that Chinese Excel and WPS write ("ANSI" on a
 * Chinese Windows). A GBK text passing strict UTF-8 by chance is practically
 * impossible beyond a few characters.
 */
export function detectTextEncoding(bytes: Uint8Array): TextEncodingName {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** The text of a file in the encoding detected (the byte-order mark dropped). */
export function decodeText(bytes: Uint8Array, encoding: TextEncodingName = detectTextEncoding(bytes)): string {
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  // Invalid sequences become U+FFFD rather than an error: such a row then fails its own checks and is reported.
  return new TextDecoder(label, { ignoreBOM: false }).decode(bytes);
}
