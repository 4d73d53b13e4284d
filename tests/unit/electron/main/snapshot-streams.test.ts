import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildIpcHandlers, createNodeDocumentViewer } from '@main/ipc-handlers';

const workspace = 'ab'.repeat(16);
let root = '';
afterEach(async () => {
  vi.useRealTimers();
  if (root !== '') await rm(root, { recursive: true, force: true });
});

async function handlers() {
  root = await mkdtemp(path.join(tmpdir(), 'sms-ca-snapshots-'));
  const userData = path.join(root, 'userData');
  const documents = path.join(root, 'Documents');
  await mkdir(userData, { recursive: true });
  const built = buildIpcHandlers({
    app: { getVersion: () => '0.2.0', getPath: (name: string) => (name === 'userData' ? userData : documents) },
    dialog: {} as never,
    safeStorage: {} as never,
    getWindow: () => null,
    openPath: async () => '',
    displays: () => ({ all: [], primary: {} as never }),
    createWindow: vi.fn() as never,
    padPreloadPath: '/app/pad-preload.cjs',
    padUrl: 'app://app/pad',
    onPadWindowCreated: vi.fn(),
    viewer: createNodeDocumentViewer(() => userData, async () => ''),
    deliverPadResult: vi.fn(),
    permissions: { beginCameraCapture: vi.fn(() => null), endCameraCapture: vi.fn(() => null) },
    reminders: { setSchedule: vi.fn(() => null), settings: vi.fn(), setStartAtLogin: vi.fn(() => null), removeWorkspace: vi.fn(() => null), overview: vi.fn(() => ({})) },
  });
  return { handlers: built, folder: path.join(documents, '短信合规助手', '自动备份', workspace) };
}

describe('snapshots written in pieces', () => {
  it('keeps the day\'s snapshot and the one taken before a restore apart, and sweeps the pieces of an abandoned one', async () => {
    const { handlers: h, folder } = await handlers();
    const write = async (kind: 'daily' | 'before-restore', pieces: number) => {
      const begun = await h['snapshots:begin']({ workspaceId: workspace, kind });
      if (!('streamId' in begun)) return begun;
      for (let i = 0; i < pieces; i += 1) await h['streams:write']({ streamId: begun.streamId, data: new Uint8Array([i, i]) });
      return h['snapshots:finish']({ streamId: begun.streamId });
    };
    expect(await write('daily', 3)).toMatchObject({ written: true });
    expect(await write('daily', 1)).toEqual({ written: false, reason: 'already-today' });
    expect(await write('before-restore', 2)).toMatchObject({ written: true });
    const names = await readdir(folder);
    expect(names.filter((name) => name.startsWith('snapshot-'))).toHaveLength(1);
    expect(names.filter((name) => name.startsWith('before-restore-'))).toHaveLength(1);
    expect(await h['snapshots:status']({ workspaceId: workspace })).toMatchObject({ count: 1 });

    await writeFile(path.join(folder, '.snapshot-1.smsbak.abc123.part'), 'half');
    const begun = await h['snapshots:begin']({ workspaceId: workspace, kind: 'before-restore' });
    expect((await readdir(folder)).filter((name) => name.includes('abc123'))).toEqual([]);
    if ('streamId' in begun) await h['streams:close']({ streamId: begun.streamId });
    expect((await readdir(folder)).filter((name) => name.endsWith('.part'))).toEqual([]);
  });
});
