import { describe, expect, it, vi } from 'vitest';
import { createDeviceKeyService } from '@main/services/device-key.service';

const workspaceId = 'ab'.repeat(16);

// Stands in for Electron's safeStorage: "encrypts" by reversing, so a test can
// see that what is written is not the key in clear.
function fakeSafeStorage(backend: string, available = true) {
  return {
    isEncryptionAvailable: vi.fn(() => available),
    getSelectedStorageBackend: vi.fn(() => backend),
    encryptString: vi.fn((plain: string) => Buffer.from([...Buffer.from(plain)].reverse())),
    decryptString: vi.fn((wrapped: Buffer) => Buffer.from([...wrapped].reverse()).toString()),
  };
}

function service(safeStorage: ReturnType<typeof fakeSafeStorage>, platform = 'linux') {
  const files = new Map<string, Uint8Array>();
  const deps = {
    safeStorage: safeStorage as never,
    platform,
    directory: () => '/user-data/device-keys',
    writeFile: vi.fn(async (file: string, data: Uint8Array) => void files.set(file, data)),
    readFile: vi.fn(async (file: string) => {
      const data = files.get(file);
      if (data === undefined) throw new Error('ENOENT');
      return data;
    }),
    removeFile: vi.fn(async (file: string) => void files.delete(file)),
    exists: vi.fn(async (file: string) => files.has(file)),
  };
  return { files, deps, keys: createDeviceKeyService(deps) };
}

describe('device key service (safeStorage)', () => {
  it('wraps the key with the keychain and gives it back', async () => {
    const { files, keys } = service(fakeSafeStorage('gnome_libsecret'));
    const dataKey = Uint8Array.from({ length: 32 }, (_, i) => i);
    await keys.remember(workspaceId, dataKey);
    const written = files.get(`/user-data/device-keys/${workspaceId}.key`);
    expect(written).toBeDefined();
    expect(Buffer.from(written!).toString()).not.toContain(Buffer.from(dataKey).toString('base64'));
    expect(await keys.recall(workspaceId)).toEqual(dataKey);
    expect(await keys.status(workspaceId)).toEqual({ supported: true, remembered: true, backend: 'gnome_libsecret' });
  });

  it.each(['basic_text', 'unknown'])('refuses the %s backend with a clear error and writes nothing', async (backend) => {
    const { files, keys } = service(fakeSafeStorage(backend));
    await expect(keys.remember(workspaceId, new Uint8Array(32))).rejects.toMatchObject({ code: 'vault/keychain-unavailable' });
    expect(files.size).toBe(0);
    expect(await keys.status(workspaceId)).toMatchObject({ supported: false, backend });
  });

  it('refuses where encryption is not available at all', async () => {
    const { keys } = service(fakeSafeStorage('dpapi', false), 'win32');
    await expect(keys.remember(workspaceId, new Uint8Array(32))).rejects.toMatchObject({ code: 'vault/keychain-unavailable' });
  });

  it('uses the platform keychain on Windows and macOS without asking for a Linux backend', async () => {
    const storage = fakeSafeStorage('ignored');
    const { keys } = service(storage, 'darwin');
    expect(await keys.status(workspaceId)).toMatchObject({ supported: true, backend: 'keychain' });
    expect(storage.getSelectedStorageBackend).not.toHaveBeenCalled();
  });

  it('a keychain failure is a typed error and never deletes the wrapped key', async () => {
    const storage = fakeSafeStorage('kwallet5');
    const { files, deps, keys } = service(storage);
    await keys.remember(workspaceId, new Uint8Array(32).fill(7));
    storage.decryptString.mockImplementation(() => {
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    });
    await expect(keys.recall(workspaceId)).rejects.toMatchObject({ code: 'vault/keychain-failed' });
    expect(files.size).toBe(1);
    expect(deps.removeFile).not.toHaveBeenCalled();
  });

  it('forgets on request', async () => {
    const { files, keys } = service(fakeSafeStorage('kwallet6'));
    await keys.remember(workspaceId, new Uint8Array(32));
    await keys.forget(workspaceId);
    expect(files.size).toBe(0);
  });
});
