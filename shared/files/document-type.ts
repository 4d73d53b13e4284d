/** The kinds of document the app hands to a viewer: what it makes (PDF) and what scans are (PNG, JPEG). */
export type ViewableDocumentType = 'pdf' | 'png' | 'jpeg';

/** The file-name extensions each viewable kind may carry, lower case, the first being the one main writes. */
export const viewableExtensions: Readonly<Record<ViewableDocumentType, readonly string[]>> = {
  pdf: ['pdf'],
  png: ['png'],
  jpeg: ['jpg', 'jpeg'],
};

/** The MIME type of each viewable kind. */
export const viewableMimeTypes: Readonly<Record<ViewableDocumentType, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
};

const pdfMagic = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const pngMagic = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const jpegMagic = [0xff, 0xd8, 0xff];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.byteLength >= magic.length && magic.every((value, index) => bytes[index] === value);
}

/**
 * What a document is by its first bytes, or null when it is none of PDF, PNG
 * and JPEG. A name can say anything; only these bytes decide what a viewer gets.
 */
export function sniffViewableDocument(bytes: Uint8Array): ViewableDocumentType | null {
  if (startsWith(bytes, pdfMagic)) return 'pdf';
  if (startsWith(bytes, pngMagic)) return 'png';
  if (startsWith(bytes, jpegMagic)) return 'jpeg';
  return null;
}

/** The lower-case extension of a file name ('' when it has none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** True when the name's extension is one a viewable document may have. */
export function hasViewableExtension(name: string): boolean {
  const extension = extensionOf(name);
  return Object.values(viewableExtensions).some((extensions) => extensions.includes(extension));
}

/** True when the bytes are a viewable document and the name's extension agrees with them. */
export function isViewableDocument(name: string, bytes: Uint8Array): boolean {
  const type = sniffViewableDocument(bytes);
  return type !== null && viewableExtensions[type].includes(extensionOf(name));
}
