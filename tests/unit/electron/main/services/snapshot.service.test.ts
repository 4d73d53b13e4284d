import { describe, expect, it, vi } from 'vitest';
import { createSnapshotService } from '@main/services/snapshot.service';

const workspaceId = 'cd'.repeat(16);
const day = 24 * 60 * 60 * 1000;
// 2026-11-28 10:00 China time.
const start = Date.UTC(2026, 10, 28, 2, 0, 0);

function service(corruptReadBack = false) {
  const files = new Map<string, Uint8Array>();
  let clock = start;
  const deps = {
    directory: () => '/docs/短信合规助手/自动备份',
    now: () => clock,
    writeFile: vi.fn(async (file: string, data: Uint8Array) => void files.set(file, data)),
    readFile: vi.fn(async (file: string) => (corruptReadBack ? new Uint8Array([9]) : files.get(file)!)),
    listFiles: vi.fn(async (directory: string) => [...files.keys()].filter((file) => file.startsWith(`${directory}/`)).map((file) => file.split('/').pop()!)),
    removeFile: vi.fn(async (file: string) => void files.delete(file)),
    makeDirectory: vi.fn(async () => undefined),
    removeDirectory: vi.fn(async (directory: string) => {
      for (const file of [...files.keys()]) if (file.startsWith(`${directory}/`)) files.delete(file);
    }),
  };
  return { files, snapshots: createSnapshotService(deps), advance: (ms: number) => (clock += ms) };
}

describe('snapshot service', () => {
  it('writes at most one snapshot per China calendar day', async () => {
    const { files, snapshots, advance } = service();
    expect(await snapshots.write(workspaceId, new Uint8Array([1]))).toMatchObject({ written: true });
    advance(10 * 60 * 60 * 1000);
    expect(await snapshots.write(workspaceId, new Uint8Array([2]))).toEqual({ written: false, reason: 'already-today' });
    advance(4 * 60 * 60 * 1000);
    expect(await snapshots.write(workspaceId, new Uint8Array([3]))).toMatchObject({ written: true });
    expect(files.size).toBe(2);
  });

  it('keeps the newest seven', async () => {
    const { files, snapshots, advance } = service();
    for (let i = 0; i < 10; i += 1) {
      await snapshots.write(workspaceId, new Uint8Array([i]));
      advance(day);
    }
    expect(files.size).toBe(7);
    const status = await snapshots.status(workspaceId);
    expect(status).toMatchObject({ supported: true, count: 7, lastAt: start + 9 * day });
    expect([...files.values()].map((data) => data[0])).toEqual([3, 4, 5, 6, 7, 8, 9]);
  });

  it('deletes a snapshot whose read-back differs and reports it', async () => {
    const { files, snapshots } = service(true);
    await expect(snapshots.write(workspaceId, new Uint8Array([1, 2]))).rejects.toMatchObject({ code: 'backup/verify-failed' });
    expect(files.size).toBe(0);
  });

  it('reports no snapshot for a workspace that has none', async () => {
    const { snapshots } = service();
    expect(await snapshots.status(workspaceId)).toMatchObject({ lastAt: null, count: 0 });
  });

  it('removes every snapshot of a deleted workspace and no other workspace\'s', async () => {
    const { files, snapshots, advance } = service();
    const other = 'ef'.repeat(16);
    await snapshots.write(workspaceId, new Uint8Array([1]));
    advance(day);
    await snapshots.write(workspaceId, new Uint8Array([2]));
    await snapshots.write(other, new Uint8Array([3]));
    await snapshots.removeAll(workspaceId);
    expect([...files.keys()].every((file) => file.includes(`/${other}/`))).toBe(true);
    expect(await snapshots.status(workspaceId)).toMatchObject({ count: 0, lastAt: null });
    expect(await snapshots.status(other)).toMatchObject({ count: 1 });
  });
});
