import type { MarkKind, MarkProblem } from '@shared/image/mark-lifter';
import type { MarkReply, MarkSource, MarkWorkerProblem } from './mark.worker';

export type MarkOutcome =
  | Readonly<{ ok: true; png: Uint8Array<ArrayBuffer>; aspect: number; original: Uint8Array<ArrayBuffer> | null }>
  | Readonly<{ ok: false; problem: MarkProblem | MarkWorkerProblem; width: number; height: number }>;

// A 12-megapixel photo takes about a second; a worker still busy after this
// long is stuck (or dying) and is replaced.
const longestRunMs = 120_000;

type Waiting = Readonly<{ settle: (outcome: MarkOutcome) => void; timer: ReturnType<typeof setTimeout> }>;

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, Waiting>();

function toOutcome(reply: MarkReply): MarkOutcome {
  return reply.ok
    ? { ok: true, png: new Uint8Array(reply.png), aspect: reply.width / reply.height, original: reply.original ? new Uint8Array(reply.original) : null }
    : { ok: false, problem: reply.problem, width: reply.width, height: reply.height };
}

function settle(id: number, outcome: MarkOutcome): void {
  const entry = waiting.get(id);
  if (entry === undefined) return;
  waiting.delete(id);
  clearTimeout(entry.timer);
  entry.settle(outcome);
}

// A worker that crashed, ran out of memory or cannot be loaded answers
// nothing: every capture still waiting is told it failed (the spinner ends
// with a message), and the next capture starts a fresh worker.
function abandon(broken: Worker): void {
  if (worker === broken) worker = null;
  broken.terminate();
  for (const id of [...waiting.keys()]) settle(id, { ok: false, problem: 'failed', width: 0, height: 0 });
}

function start(): Worker {
  const created = new Worker(new URL('./mark.worker.ts', import.meta.url), { type: 'module' });
  created.addEventListener('message', (event: MessageEvent<MarkReply>) => settle(event.data.id, toOutcome(event.data)));
  created.addEventListener('error', (event) => {
    event.preventDefault();
    abandon(created);
  });
  created.addEventListener('messageerror', () => abandon(created));
  return created;
}

/** Lifts a seal or thumbprint from an image file or a camera frame, in the mark worker; always settles. */
export function processMark(kind: MarkKind, source: MarkSource): Promise<MarkOutcome> {
  const running = (worker ??= start());
  const id = nextId++;
  return new Promise((resolve) => {
    const timer = setTimeout(() => abandon(running), longestRunMs);
    waiting.set(id, { settle: resolve, timer });
    const transfer = source.type === 'file' ? [source.bytes] : [source.bitmap];
    try {
      running.postMessage({ id, kind, source }, { transfer });
    } catch {
      settle(id, { ok: false, problem: 'failed', width: 0, height: 0 });
    }
  });
}
