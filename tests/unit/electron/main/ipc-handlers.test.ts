import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildIpcHandlers, createNodeDocumentViewer, viewerCopiesDirectory } from '@main/ipc-handlers';

const workspace = 'ab'.repeat(16);
const other = 'cd'.repeat(16);

let root = '';
afterEach(async () => {
  if (root !== '') await rm(root, { recursive: true, force: true });
});

// Real folders in a temporary root stand for userData and Documents; only
// Electron's own objects are fakes.
async function handlersOnDisk() {
  root = await mkdtemp(path.join(tmpdir(), 'sms-ca-handlers-'));
  const userData = path.join(root, 'userData');
  const documents = path.join(root, 'Documents');
  await mkdir(userData, { recursive: true });
  await mkdir(documents, { recursive: true });
  const reminders = { setSchedule: vi.fn(() => null), settings: vi.fn(), setStartAtLogin: vi.fn(() => null), removeWorkspace: vi.fn(() => null), overview: vi.fn(() => ({})) };
  const safeStorage = {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => 'gnome_libsecret' as const,
    encryptString: (text: string) => Buffer.from(`wrapped:${text}`),
    decryptString: (data: Buffer) => data.toString().replace('wrapped:', ''),
  };
  const getPath = (name: string) => (name === 'userData' ? userData : documents);
  const handlers = buildIpcHandlers({
    app: { getVersion: () => '0.1.0', getPath: getPath },
    dialog: {} as never,
    safeStorage,
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
    reminders,
  });
  return { handlers, userData, documents, reminders };
}

/** A snapshot as the renderer writes one: begun, its bytes in pieces, finished. */
async function writeSnapshot(handlers: Awaited<ReturnType<typeof handlersOnDisk>>['handlers'], workspaceId: string, data: Uint8Array<ArrayBuffer>) {
  const begun = await handlers['snapshots:begin']({ workspaceId, kind: 'daily' });
  if (!('streamId' in begun)) throw new Error('no snapshot begun');
  await handlers['streams:write']({ streamId: begun.streamId, data });
  return handlers['snapshots:finish']({ streamId: begun.streamId });
}

async function listTree(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name))).sort();
}

describe('workspaces:forget', () => {
  it('leaves nothing of a deleted workspace behind: snapshots, device key, viewer copies, reminders', async () => {
    const { handlers, userData, documents, reminders } = await handlersOnDisk();
    await writeSnapshot(handlers, workspace, new Uint8Array([1, 2, 3]));
    await writeSnapshot(handlers, other, new Uint8Array([4]));
    await handlers['vault:remember-device']({ workspaceId: workspace, dataKey: new Uint8Array(32).fill(7) });
    await handlers['vault:remember-device']({ workspaceId: other, dataKey: new Uint8Array(32).fill(8) });
    await handlers['files:open-in-viewer']({ name: '责任书.pdf', data: new TextEncoder().encode('%PDF-1.7\n') });
    await writeFile(path.join(userData, 'reminders.json'), '{}');
    expect((await listTree(documents)).some((file) => file.includes(workspace))).toBe(true);
    expect(await readdir(viewerCopiesDirectory(userData))).toHaveLength(1);

    expect(await handlers['workspaces:forget']({ workspaceId: workspace })).toBeNull();

    const left = [...(await listTree(documents)), ...(await listTree(userData))];
    expect(left.filter((file) => file.includes(workspace))).toEqual([]);
    expect(left.some((file) => file.includes(other) && file.endsWith('.smsbak'))).toBe(true);
    expect(left).toContain(path.join('device-keys', `${other}.key`));
    expect(left.some((file) => file.startsWith('viewer-copies'))).toBe(false);
    expect(reminders.removeWorkspace).toHaveBeenCalledWith(workspace);
    expect(await handlers['vault:device-status']({ workspaceId: workspace })).toMatchObject({ remembered: false });
  });

  it('still removes the rest when one step fails, then reports the failure', async () => {
    const { handlers, documents, reminders } = await handlersOnDisk();
    await writeSnapshot(handlers, workspace, new Uint8Array([1]));
    reminders.removeWorkspace.mockImplementation(() => {
      throw new Error('disk full');
    });
    await expect(handlers['workspaces:forget']({ workspaceId: workspace })).rejects.toMatchObject({ code: 'files/remove-failed' });
    expect((await listTree(documents)).filter((file) => file.includes(workspace))).toEqual([]);
  });
});
