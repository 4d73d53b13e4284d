import { describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage } from '@renderer/session/storage-persistence';

describe('asking the browser to keep the data', () => {
  it.each([
    [true, 'persisted'],
    [false, 'not-persisted'],
  ] as const)('reports persist() answering %s as %s', async (answer, expected) => {
    const persist = vi.fn(async () => answer);
    expect(await requestPersistentStorage({ persist })).toBe(expected);
    expect(persist).toHaveBeenCalledOnce();
  });

  it('reports a browser without the API, and a failing call, without throwing', async () => {
    expect(await requestPersistentStorage(undefined)).toBe('unsupported');
    expect(await requestPersistentStorage({})).toBe('unsupported');
    expect(await requestPersistentStorage({ persist: () => Promise.reject(new Error('denied')) })).toBe('not-persisted');
  });
});
