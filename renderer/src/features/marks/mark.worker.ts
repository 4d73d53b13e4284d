import { liftMark, type MarkKind, type MarkProblem } from '@shared/image/mark-lifter';

// Decoding a 12-megapixel photo and lifting its ink takes about a second:
// done here so the wizard stays responsive.

export type MarkSource = Readonly<{ type: 'file'; bytes: ArrayBuffer }> | Readonly<{ type: 'bitmap'; bitmap: ImageBitmap }>;
export type MarkRequest = Readonly<{ id: number; kind: MarkKind; source: MarkSource }>;
export type MarkReply = Readonly<
  | { id: number; ok: true; png: ArrayBuffer; width: number; height: number; original: ArrayBuffer | null }
  | { id: number; ok: false; problem: MarkProblem | 'unreadable'; width: number; height: number }
>;

async function toPng(width: number, height: number, pixels: Uint8ClampedArray<ArrayBuffer>): Promise<ArrayBuffer> {
  const canvas = new OffscreenCanvas(width, height);
  canvas.getContext('2d')?.putImageData(new ImageData(pixels, width, height), 0, 0);
  return (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer();
}

async function handle(request: MarkRequest): Promise<MarkReply> {
  let bitmap: ImageBitmap;
  try {
    bitmap = request.source.type === 'file' ? await createImageBitmap(new Blob([request.source.bytes])) : request.source.bitmap;
  } catch {
    return { id: request.id, ok: false, problem: 'unreadable', width: 0, height: 0 };
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

self.addEventListener('message', (event: MessageEvent<MarkRequest>) => {
  void handle(event.data).then((reply) => {
    const transfer = reply.ok ? [reply.png, ...(reply.original ? [reply.original] : [])] : [];
    self.postMessage(reply, { transfer });
  });
});
