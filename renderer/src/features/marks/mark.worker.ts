import { checkImageBeforeDecoding, isWithinPixelLimit } from '@shared/image/image-header';
import { liftMark, type MarkKind, type MarkProblem } from '@shared/image/mark-lifter';

// Decoding a 12-megapixel photo and lifting its ink takes about a second:
// done here so the wizard stays responsive.

export type MarkSource = Readonly<{ type: 'file'; bytes: ArrayBuffer }> | Readonly<{ type: 'bitmap'; bitmap: ImageBitmap }>;
export type MarkRequest = Readonly<{ id: number; kind: MarkKind; source: MarkSource }>;
/** Why the worker could not lift a mark, besides the pipeline's own reasons: not an image, too large, or it failed. */
export type MarkWorkerProblem = 'unreadable' | 'too-large' | 'failed';
export type MarkReply = Readonly<
  | { id: number; ok: true; png: ArrayBuffer; width: number; height: number; original: ArrayBuffer | null }
  | { id: number; ok: false; problem: MarkProblem | MarkWorkerProblem; width: number; height: number }
>;

async function toPng(width: number, height: number, pixels: Uint8ClampedArray<ArrayBuffer>): Promise<ArrayBuffer> {
  const canvas = new OffscreenCanvas(width, height);
  canvas.getContext('2d')?.putImageData(new ImageData(pixels, width, height), 0, 0);
  return (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer();
}

// The size is read from the file's header before anything is decoded: a
// small file can claim (and need) gigabytes once decoded.
async function decode(source: MarkSource): Promise<ImageBitmap | MarkWorkerProblem> {
  if (source.type === 'bitmap') return source.bitmap;
  const refusal = checkImageBeforeDecoding(new Uint8Array(source.bytes));
  if (refusal !== null) return refusal;
  try {
    return await createImageBitmap(new Blob([source.bytes]));
  } catch {
    return 'unreadable';
  }
}

async function handle(request: MarkRequest): Promise<MarkReply> {
  const bitmap = await decode(request.source);
  if (typeof bitmap === 'string') return { id: request.id, ok: false, problem: bitmap, width: 0, height: 0 };
  if (!isWithinPixelLimit(bitmap.width, bitmap.height)) {
    const { width, height } = bitmap;
    bitmap.close();
    return { id: request.id, ok: false, problem: 'too-large', width, height };
  }
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (context === null) return { id: request.id, ok: false, problem: 'unreadable', width: bitmap.width, height: bitmap.height };
  context.drawImage(bitmap, 0, 0);
  const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height);
  // A camera frame has no file of its own: keep it, as JPEG, as the original.
  const original = request.source.type === 'bitmap' ? await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 })).arrayBuffer() : null;
  bitmap.close();
  const result = liftMark({ width: pixels.width, height: pixels.height, data: pixels.data }, request.kind);
  if (!result.ok) return { id: request.id, ok: false, problem: result.problem, width: pixels.width, height: pixels.height };
  const png = await toPng(result.mark.width, result.mark.height, new Uint8ClampedArray(result.mark.data));
  return { id: request.id, ok: true, png, width: result.mark.width, height: result.mark.height, original };
}

// Any failure past the checks (out of memory in a canvas, say) is answered, never left unanswered.
async function answer(request: MarkRequest): Promise<MarkReply> {
  try {
    return await handle(request);
  } catch {
    return { id: request.id, ok: false, problem: 'failed', width: 0, height: 0 };
  }
}

self.addEventListener('message', (event: MessageEvent<MarkRequest>) => {
  void answer(event.data).then((reply) => {
    const transfer = reply.ok ? [reply.png, ...(reply.original ? [reply.original] : [])] : [];
    self.postMessage(reply, { transfer });
  });
});
