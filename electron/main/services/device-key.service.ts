import path from 'node:path';
import type { SafeStorage } from 'electron';
import { AppError } from '@shared/errors/app-error';
import type { DeviceKeyStatus } from '@shared/ipc/vault-host.schema';

// Backends that are no keychain at all: basic_text is a hard-coded password,
// unknown means Chromium could not tell. Either would leave the key readable.
const refusedLinuxBackends = new Set(['basic_text', 'unknown']);

export type DeviceKeyDependencies = Readonly<{
  safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'>;
  platform: string;
  directory: () => string;
  writeFile: (file: string, data: Uint8Array) => Promise<void>;
  readFile: (file: string) => Promise<Uint8Array>;
  removeFile: (file: string) => Promise<void>;
  exists: (file: string) => Promise<boolean>;
}>;

/**
 * "Remember on this device": the workspace's data key, wrapped by the OS
 * keychain (DPAPI, Keychain, libsecret/kwallet) via safeStorage, in a file per
 * workspace. A keychain failure never deletes that file nor touches the data;
 * the passphrase keeps working whatever happens here.
 */
export function createDeviceKeyService(deps: DeviceKeyDependencies) {
  const fileOf = (workspaceId: string) => path.join(deps.directory(), `${workspaceId}.key`);

  const backend = (): string => {
    if (deps.platform !== 'linux') return deps.platform === 'win32' ? 'dpapi' : 'keychain';
    try {
      return deps.safeStorage.getSelectedStorageBackend();
    } catch {
      return 'unknown';
    }
  };

  const isSupported = (): boolean => {
    try {
      return deps.safeStorage.isEncryptionAvailable() && !refusedLinuxBackends.has(backend());
    } catch {
      return false;
    }
  };

  return {
    async status(workspaceId: string): Promise<DeviceKeyStatus> {
      return { supported: isSupported(), remembered: await deps.exists(fileOf(workspaceId)), backend: backend() };
    },

    async remember(workspaceId: string, dataKey: Uint8Array): Promise<null> {
      if (!isSupported()) throw new AppError('vault/keychain-unavailable');
      let wrapped: Uint8Array;
      try {
        wrapped = deps.safeStorage.encryptString(Buffer.from(dataKey).toString('base64'));
      } catch (cause) {
        throw new AppError('vault/keychain-failed', { cause });
      }
      await deps.writeFile(fileOf(workspaceId), wrapped);
      return null;
    },

    async recall(workspaceId: string): Promise<Uint8Array> {
      if (!isSupported()) throw new AppError('vault/keychain-unavailable');
      try {
        const wrapped = await deps.readFile(fileOf(workspaceId));
        const key = Buffer.from(deps.safeStorage.decryptString(Buffer.from(wrapped)), 'base64');
        if (key.byteLength !== 32) throw new Error('unexpected key length');
        return new Uint8Array(key);
      } catch (cause) {
        throw new AppError('vault/keychain-failed', { cause });
      }
    },

    async forget(workspaceId: string): Promise<null> {
      await deps.removeFile(fileOf(workspaceId));
      return null;
    },
  };
}
