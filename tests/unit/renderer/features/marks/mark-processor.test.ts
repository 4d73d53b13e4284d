import { afterEach, describe, expect, it, vi } from 'vitest';

type Listener = (event: { data?: unknown; preventDefault: () => void }) => void;

// A stand-in for the browser's Worker: records what is posted and lets the
// test play the worker's part (answer, crash).
class FakeWorker {
  static created: FakeWorker[] = [];
  readonly listeners = new Map<string, Listener[]>();
  readonly posted: unknown[] = [];
  terminated = false;
  constructor() {
    FakeWorker.created.push(this);
  }
  addEventListener(type: string, listener: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  emit(type: string, data?: unknown) {
    for (const listener of this.listeners.get(type) ?? []) listener({ data, preventDefault: () => undefined });
  }
}

async function loadProcessor() {
  vi.resetModules();
  FakeWorker.created = [];
  vi.stubGlobal('Worker', FakeWorker);
  return import('@renderer/features/marks/mark-processor');
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const file = () => ({ type: 'file' as const, bytes: new ArrayBuffer(8) });

describe('the mark worker, seen from the wizard', () => {
  it('a worker that crashes (a decompression bomb, out of memory) ends the wait with a failure, and the next capture gets a new worker', async () => {
    const { processMark } = await loadProcessor();
    const first = processMark('seal', file());
    const second = processMark('thumbprint', file());
    const crashed = FakeWorker.created[0]!;
    crashed.emit('error');
    expect(await first).toEqual({ ok: false, problem: 'failed', width: 0, height: 0 });
    expect(await second).toEqual({ ok: false, problem: 'failed', width: 0, height: 0 });
    expect(crashed.terminated).toBe(true);

    const third = processMark('seal', file());
    const fresh = FakeWorker.created[1]!;
    expect(fresh).not.toBe(crashed);
    fresh.emit('message', { id: (fresh.posted[0] as { id: number }).id, ok: false, problem: 'too-large', width: 9000, height: 9000 });
    expect(await third).toEqual({ ok: false, problem: 'too-large', width: 9000, height: 9000 });
  });

  it('a message that cannot be read ends the wait too', async () => {
    const { processMark } = await loadProcessor();
    const pending = processMark('seal', file());
    FakeWorker.created[0]!.emit('messageerror');
    expect(await pending).toEqual({ ok: false, problem: 'failed', width: 0, height: 0 });
  });

  it('a worker that never answers is given up on, not waited for forever', async () => {
    vi.useFakeTimers();
    const { processMark } = await loadProcessor();
    const pending = processMark('seal', file());
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(await pending).toEqual({ ok: false, problem: 'failed', width: 0, height: 0 });
    expect(FakeWorker.created[0]!.terminated).toBe(true);
  });
});
