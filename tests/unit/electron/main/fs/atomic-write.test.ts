import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '@main/fs/atomic-write';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes the bytes and leaves no temp file behind', async () => {
    const target = path.join(dir, '责任书.pdf');
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    expect(new Uint8Array(await readFile(target))).toEqual(new Uint8Array([1, 2, 3]));
    expect(await readdir(dir)).toEqual(['责任书.pdf']);
  });

  it('replaces an existing file whole', async () => {
    const target = path.join(dir, 'a.json');
    await writeFile(target, 'old content that is longer');
    await writeFileAtomic(target, new TextEncoder().encode('new'));
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('fails without creating anything when the folder does not exist', async () => {
    await expect(writeFileAtomic(path.join(dir, 'missing', 'a.pdf'), new Uint8Array(1))).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});
