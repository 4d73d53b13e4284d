import type { MarkKind, MarkProblem } from '@shared/image/mark-lifter';
import type { MarkReply, MarkSource } from './mark.worker';

export type MarkOutcome =
  | Readonly<{ ok: true; png: Uint8Array<ArrayBuffer>; aspect: number; original: Uint8Array<ArrayBuffer> | null }>
  | Readonly<{ ok: false; problem: MarkProblem | 'unreadable'; width: number; height: number }>;

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (reply: MarkReply) => void>();

function start(): Worker {
  const created = new Worker(new URL('./mark.worker.ts', import.meta.url), { type: 'module' });
  created.addEventListener('message', (event: MessageEvent<MarkReply>) => {
    waiting.get(event.data.id)?.(event.data);
    waiting.delete(event.data.id);
  });
  return created;
}

/** Lifts a seal or thumbprint from an image file or a camera frame, in the mark worker. */
export function processMark(kind: MarkKind, source: MarkSource): Promise<MarkOutcome> {
  worker ??= start();
  const id = nextId++;
  const running = worker;
  return new Promise((resolve) => {
    waiting.set(id, (reply) =>
      resolve(
        reply.ok
          ? { ok: true, png: new Uint8Array(reply.png), aspect: reply.width / reply.height, original: reply.original ? new Uint8Array(reply.original) : null }
          : { ok: false, problem: reply.problem, width: reply.width, height: reply.height },
      ),
    );
    const transfer = source.type === 'file' ? [source.bytes] : [source.bitmap];
    running.postMessage({ id, kind, source }, { transfer });
  });
}
