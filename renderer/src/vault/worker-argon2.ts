import type { Argon2Params } from '@shared/crypto/crypto-port';

type Argon2Reply = { id: number; key?: Uint8Array<ArrayBuffer>; error?: true };

/** Argon2id in a dedicated worker, started on first use and kept for the session. */
export function createWorkerArgon2() {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (key: Uint8Array<ArrayBuffer>) => void; reject: (error: Error) => void }>();

  const start = (): Worker => {
    const created = new Worker(new URL('./argon2.worker.ts', import.meta.url), { type: 'module' });
    created.addEventListener('message', (event: MessageEvent<Argon2Reply>) => {
      const waiting = pending.get(event.data.id);
      pending.delete(event.data.id);
      if (waiting === undefined) return;
      if (event.data.key !== undefined) waiting.resolve(event.data.key);
      else waiting.reject(new Error('argon2 failed'));
    });
    created.addEventListener('error', () => {
      for (const waiting of pending.values()) waiting.reject(new Error('argon2 worker failed'));
      pending.clear();
      worker = null;
    });
    return created;
  };

  return (passphrase: string, salt: Uint8Array, params: Argon2Params): Promise<Uint8Array<ArrayBuffer>> => {
    worker ??= start();
    const id = nextId++;
    const running = worker;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      running.postMessage({ id, passphrase, salt, params });
    });
  };
}
