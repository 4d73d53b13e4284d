import { describe, expect, it, vi } from 'vitest';
import { createSnapshotService } from '@main/services/snapshot.service';

// 一(一)3: a deletion of personal data is complete only when no automatic
// snapshot still holds it: a new snapshot replaces every older one.

const workspaceId = 'ab'.repeat(16);
const otherWorkspace = 'ef'.repeat(16);
const day = 24 * 60 * 60 * 1000;
const start = Date.UTC(2026, 10, 28, 2, 0, 0);

function service(corruptReadBack = false) {
  const files = new Map<string, Uint8Array>();
  let clock = start;
  let corrupt = false;
  const deps = {
    directory: () => '/docs/短信合规助手/自动备份',
    now: () => clock,
    writeFile: vi.fn(async (file: string, data: Uint8Array) => void files.set(file, data)),
    readFile: vi.fn(async (file: string) => (corrupt ? new Uint8Array([9]) : files.get(file)!)),
    listFiles: vi.fn(async (directory: string) => [...files.keys()].filter((file) => file.startsWith(`${directory}/`)).map((file) => file.split('/').pop()!)),
    removeFile: vi.fn(async (file: string) => void files.delete(file)),
    makeDirectory: vi.fn(async () => undefined),
    removeDirectory: vi.fn(async () => undefined),
  };
  return {
    files,
    snapshots: createSnapshotService(deps),
    advance: (ms: number) => (clock += ms),
    corruptNextReadBack: () => (corrupt = corruptReadBack),
  };
}

const contentsOf = (files: ReadonlyMap<string, Uint8Array>, workspace: string) =>
  [...files.entries()].filter(([file]) => file.includes(`/${workspace}/`)).map(([, data]) => [...data]);

describe('snapshot service: replacing every older snapshot after a deletion', () => {
  it('leaves only the new snapshot of the workspace, also on a day that already had one; other workspaces keep theirs', async () => {
    const { files, snapshots, advance } = service();
    for (let i = 0; i < 3; i += 1) {
      await snapshots.write(workspaceId, new Uint8Array([10 + i]));
      advance(day);
    }
    await snapshots.write(otherWorkspace, new Uint8Array([99]));
    expect(await snapshots.write(workspaceId, new Uint8Array([13]))).toMatchObject({ written: true });
    expect(contentsOf(files, workspaceId)).toHaveLength(4);

    const result = await snapshots.replaceAll(workspaceId, new Uint8Array([42]));
    expect(result.removed).toBe(4);
    expect(contentsOf(files, workspaceId)).toEqual([[42]]);
    expect(contentsOf(files, otherWorkspace)).toEqual([[99]]);
    expect(await snapshots.status(workspaceId)).toMatchObject({ supported: true, count: 1 });
  });

  it('removes nothing old when the new snapshot does not read back', async () => {
    const { files, snapshots, corruptNextReadBack } = service(true);
    await snapshots.write(workspaceId, new Uint8Array([1]));
    corruptNextReadBack();
    await expect(snapshots.replaceAll(workspaceId, new Uint8Array([2]))).rejects.toMatchObject({ code: 'backup/verify-failed' });
    expect(contentsOf(files, workspaceId)).toEqual([[1]]);
  });

  it('writes a first snapshot where there was none', async () => {
    const { files, snapshots } = service();
    expect(await snapshots.replaceAll(workspaceId, new Uint8Array([5]))).toMatchObject({ removed: 0 });
    expect(contentsOf(files, workspaceId)).toEqual([[5]]);
  });

  it('streamed, the replacing snapshot also removes the ones taken before a restore (they hold the data too), and only once it is whole', async () => {
    const { files, snapshots } = service();
    await snapshots.write(workspaceId, new Uint8Array([1]));
    const beforeRestore = await snapshots.plan(workspaceId, 'before-restore');
    if (!('file' in beforeRestore)) throw new Error('planned');
    files.set(beforeRestore.file, new Uint8Array([2]));
    await snapshots.settle(workspaceId, beforeRestore.file, 'before-restore');

    const planned = await snapshots.plan(workspaceId, 'replace-older');
    if (!('file' in planned)) throw new Error('a replacing snapshot is never refused as already taken today');
    // Until it is settled, nothing old is gone.
    files.set(planned.file, new Uint8Array([3]));
    expect(contentsOf(files, workspaceId)).toHaveLength(3);
    expect(await snapshots.settle(workspaceId, planned.file, 'replace-older')).toMatchObject({ written: true, removed: 2 });
    expect(contentsOf(files, workspaceId)).toEqual([[3]]);
    expect(await snapshots.status(workspaceId)).toMatchObject({ count: 1 });
  });
});
