import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileStreamService } from '@main/services/file-stream.service';
import { maxStreamChunkBytes, streamWriteRequestSchema } from '@shared/ipc/files.schema';

let root = '';
afterEach(async () => {
  if (root !== '') await rm(root, { recursive: true, force: true });
});

async function service() {
  root = await mkdtemp(path.join(tmpdir(), 'sms-ca-streams-'));
  const streams = createFileStreamService({
    open: (file, flags, mode) => open(file, flags, mode),
    rename,
    removeFile: (file) => rm(file, { force: true }),
    syncDirectory: async () => undefined,
    randomId: () => randomBytes(16).toString('hex'),
  });
  return { streams, root };
}

describe('files written and read in pieces', () => {
  it('writes a file larger than 200 MiB piece by piece, reads it back, and only then gives it its name', async () => {
    const { streams, root } = await service();
    const target = path.join(root, '门店-备份.smsbak');
    const piece = new Uint8Array(randomBytes(maxStreamChunkBytes));
    const pieces = 14;
    const id = await streams.beginWrite(target);
    const hash = createHash('sha256');
    for (let i = 0; i < pieces; i += 1) {
      piece[0] = i;
      // Every piece is one the contract lets cross the boundary.
      expect(streamWriteRequestSchema.safeParse({ streamId: id, data: piece }).success).toBe(true);
      await streams.write(id, piece);
      hash.update(piece);
    }
    expect(await readdir(root)).not.toContain('门店-备份.smsbak');
    expect(await streams.finishWrite(id)).toBe(target);
    expect((await stat(target)).size).toBe(pieces * maxStreamChunkBytes);
    expect(pieces * maxStreamChunkBytes).toBeGreaterThan(200 * 1024 * 1024);
    expect(await readdir(root)).toEqual(['门店-备份.smsbak']);

    const { id: readId, size } = await streams.beginRead(target);
    const readBack = createHash('sha256');
    for (let offset = 0; offset < size; offset += maxStreamChunkBytes) readBack.update(await streams.read(readId, offset, maxStreamChunkBytes));
    await streams.close(readId);
    expect(readBack.digest('hex')).toBe(hash.digest('hex'));
  }, 60_000);

  it('leaves nothing when a file is abandoned, and nothing under the name of an unknown stream', async () => {
    const { streams, root } = await service();
    const id = await streams.beginWrite(path.join(root, 'a.smsbak'));
    await streams.write(id, new Uint8Array([1, 2, 3]));
    await streams.close(id);
    expect(await readdir(root)).toEqual([]);
    await expect(streams.write(id, new Uint8Array([4]))).rejects.toMatchObject({ code: 'files/write-failed' });
    await expect(streams.finishWrite('0'.repeat(32))).rejects.toMatchObject({ code: 'files/write-failed' });
    await expect(streams.read('0'.repeat(32), 0, 10)).rejects.toMatchObject({ code: 'files/read-failed' });
  });

  it('closes every stream when the window goes', async () => {
    const { streams, root } = await service();
    await streams.beginWrite(path.join(root, 'a.smsbak'));
    await streams.beginWrite(path.join(root, 'b.smsbak'));
    expect(await readdir(root)).toHaveLength(2);
    await streams.closeAll();
    expect(await readdir(root)).toEqual([]);
  });
});
