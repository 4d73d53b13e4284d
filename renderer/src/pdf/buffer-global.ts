import { Buffer as BufferPolyfill } from 'buffer/index.js';

// @signpdf was written for Node and uses the global Buffer; in the page there
// is none, so the well-known `buffer` package stands in for it (in Node the
// real one is already there and is kept).
const scope = globalThis as { Buffer?: unknown };

if (scope.Buffer === undefined) {
  // Workaround: buffer 6.0.3 reads lastIndexOf(value, 'utf8') as a search from
  // offset 0, where Node searches from the end; @signpdf/placeholder-plain calls
  // it that way and then writes a broken page dictionary (no signature field).
  // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be called with .call(this, …) below
  const lastIndexOf = BufferPolyfill.prototype.lastIndexOf;
  BufferPolyfill.prototype.lastIndexOf = function patchedLastIndexOf(
    this: BufferPolyfill,
    value: string | number | BufferPolyfill,
    byteOffset?: number | string,
    encoding?: BufferEncoding,
  ): number {
    return typeof byteOffset === 'string'
      ? lastIndexOf.call(this, value, undefined, byteOffset as BufferEncoding)
      : lastIndexOf.call(this, value, byteOffset, encoding);
  };
  scope.Buffer = BufferPolyfill;
}
