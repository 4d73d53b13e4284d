// Cuts a TrueType font down to the characters a document uses, with
// HarfBuzz's subsetter compiled to WebAssembly (harfbuzzjs). subset-font does
// the same in Node, but reads its WebAssembly from disk; this runs anywhere.

type HarfBuzzExports = {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set(input: number, kind: number): number;
  hb_subset_or_fail(face: number, input: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  _initialize(): void;
};

const memoryModeWritable = 2;
const setLayoutFeatureTags = 6;

/** Loads the subsetter once from the given WebAssembly bytes. */
export async function createFontSubsetter(wasm: ArrayBuffer | Uint8Array<ArrayBuffer>) {
  const { instance } = await WebAssembly.instantiate(wasm);
  const hb = instance.exports as unknown as HarfBuzzExports;
  hb._initialize();

  /** The font with only the glyphs of `text` (plus .notdef), as TrueType bytes. */
  return (font: Uint8Array, text: string): Uint8Array<ArrayBuffer> => {
    const input = hb.hb_subset_input_create_or_fail();
    if (input === 0) throw new Error('harfbuzz: no subset input');
    const fontPointer = hb.malloc(font.byteLength);
    new Uint8Array(hb.memory.buffer).set(font, fontPointer);
    const blob = hb.hb_blob_create(fontPointer, font.byteLength, memoryModeWritable, 0, 0);
    const face = hb.hb_face_create(blob, 0);
    hb.hb_blob_destroy(blob);
    try {
      const features = hb.hb_subset_input_set(input, setLayoutFeatureTags);
      hb.hb_set_clear(features);
      hb.hb_set_invert(features);
      const unicodes = hb.hb_subset_input_unicode_set(input);
      for (const char of new Set(text)) hb.hb_set_add(unicodes, char.codePointAt(0)!);
      const subset = hb.hb_subset_or_fail(face, input);
      if (subset === 0) throw new Error('harfbuzz: subsetting failed');
      const result = hb.hb_face_reference_blob(subset);
      const offset = hb.hb_blob_get_data(result, 0);
      const length = hb.hb_blob_get_length(result);
      // Copy out before freeing: the WebAssembly memory may move on the next call.
      const bytes = new Uint8Array(hb.memory.buffer, offset, length).slice();
      hb.hb_blob_destroy(result);
      hb.hb_face_destroy(subset);
      if (length === 0) throw new Error('harfbuzz: empty subset');
      return bytes;
    } finally {
      hb.hb_subset_input_destroy(input);
      hb.hb_face_destroy(face);
      hb.free(fontPointer);
    }
  };
}

export type FontSubsetter = Awaited<ReturnType<typeof createFontSubsetter>>;
