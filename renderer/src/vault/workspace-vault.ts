import type { AuditActor } from '@shared/audit/audit-chain';
import type { CryptoPort } from '@shared/crypto/crypto-port';
import {
  createKeyFile,
  isDataKeyOf,
  parseKeyFileOrThrow,
  rewrapWithPassphrase,
  unwrapWithPassphraseOrThrow,
  unwrapWithRecoveryCodeOrThrow,
  type KeyFile,
} from '@shared/crypto/key-file';
import { deriveWorkspaceKeys } from '@shared/crypto/workspace-keys';
import { bytesToHex } from '@shared/encoding/hex';
import { AppError } from '@shared/errors/app-error';
import { workspaceSchemaVersion } from '@shared/storage/workspace-schema';
import type { WorkspaceSummary } from '@shared/storage/workspace-registry';
import type { IdbEnvironment } from '@renderer/storage/idb-environment';
import type { WorkspaceRegistry } from '@renderer/storage/registry-db';
import { deleteWorkspaceDb, openWorkspaceDbOrThrow, type WorkspaceDb } from '@renderer/storage/workspace-db';
import { schemaMetaKey, type SchemaMeta } from '@renderer/storage/migration-runner';
import { withQuotaErrors } from '@renderer/errors/quota-exceeded';
import { WorkspaceStore } from '@renderer/storage/workspace-store';

export const keyFileMetaKey = 'keyFile';

export type VaultDependencies = Readonly<{
  registry: WorkspaceRegistry;
  environment: IdbEnvironment;
  port: CryptoPort;
  now: () => number;
  appVersion: string;
}>;

export type CreatedWorkspace = Readonly<{ store: WorkspaceStore; summary: WorkspaceSummary; recoveryCode: string }>;
export type UnlockedWorkspace = Readonly<{ store: WorkspaceStore; summary: WorkspaceSummary }>;

/**
 * Refuses a passphrase the strength estimate finds guessable, whatever the
 * form let through. The estimator (with its dictionaries) loads only here
 * and on the passphrase screens, not with the start screen.
 */
async function refuseWeakPassphraseOrThrow(passphrase: string): Promise<void> {
  const { estimatePassphraseStrength, minimumPassphraseScore } = await import('@shared/crypto/passphrase-strength');
  if (estimatePassphraseStrength(passphrase).score < minimumPassphraseScore) throw new AppError('vault/weak-passphrase');
}

/** Reads a workspace's key file from its own database, before it is unlocked. */
export async function readKeyFileOrThrow(db: WorkspaceDb): Promise<KeyFile> {
  const row = (await db.meta.get(keyFileMetaKey)) as { value?: unknown } | undefined;
  if (row === undefined) throw new AppError('vault/key-file-invalid');
  return parseKeyFileOrThrow(row.value);
}

/** Reads the key file of an unlocked workspace. */
export async function readStoreKeyFileOrThrow(store: WorkspaceStore): Promise<KeyFile> {
  const value = await store.readMeta(keyFileMetaKey);
  if (value === undefined) throw new AppError('vault/key-file-invalid');
  return parseKeyFileOrThrow(value);
}

/**
 * Creating, unlocking and re-keying workspaces. Every unlock path ends the
 * same way: check value verified, keys derived, raw data key zeroed.
 */
export function createWorkspaceVault(deps: VaultDependencies) {
  const openStore = async (db: WorkspaceDb, dataKey: Uint8Array, workspaceId: string, actor: AuditActor) => {
    const keys = await deriveWorkspaceKeys(deps.port, dataKey, workspaceId);
    return WorkspaceStore.open(db, deps.port, keys, actor, deps.now);
  };

  const unlockWith = async (
    workspaceId: string,
    actor: AuditActor,
    unwrap: (keyFile: KeyFile) => Promise<Uint8Array>,
  ): Promise<UnlockedWorkspace> => {
    const summary = await deps.registry.get(workspaceId);
    if (summary === null) throw new AppError('vault/workspace-missing');
    if (summary.retryAfter > deps.now()) throw new AppError('vault/too-many-attempts');
    const db = await openWorkspaceDbOrThrow(workspaceId, deps.environment);
    try {
      const keyFile = await readKeyFileOrThrow(db);
      let dataKey: Uint8Array;
      try {
        dataKey = await unwrap(keyFile);
      } catch (error) {
        if (error instanceof AppError && actor !== 'device') await deps.registry.recordFailedAttempt(workspaceId, deps.now());
        throw error;
      }
      await deps.registry.recordSuccessfulUnlock(workspaceId, deps.now());
      const store = await openStore(db, dataKey, workspaceId, actor);
      await store.appendAudit({ action: 'unlocked', table: 'meta', recordId: workspaceId });
      return { store, summary: (await deps.registry.get(workspaceId)) ?? summary };
    } catch (error) {
      db.close();
      throw error;
    }
  };

  const verifyPassphraseOrThrow = async (workspaceId: string, passphrase: string): Promise<void> => {
    const summary = await deps.registry.get(workspaceId);
    if (summary === null) throw new AppError('vault/workspace-missing');
    if (summary.retryAfter > deps.now()) throw new AppError('vault/too-many-attempts');
    const db = await openWorkspaceDbOrThrow(workspaceId, deps.environment);
    try {
      const keyFile = await readKeyFileOrThrow(db);
      let dataKey: Uint8Array;
      try {
        dataKey = await unwrapWithPassphraseOrThrow(deps.port, keyFile, passphrase);
      } catch (error) {
        if (error instanceof AppError && error.code === 'vault/wrong-passphrase') await deps.registry.recordFailedAttempt(workspaceId, deps.now());
        throw error;
      }
      dataKey.fill(0);
      await deps.registry.recordSuccessfulUnlock(workspaceId, deps.now());
    } finally {
      db.close();
    }
  };

  return {
    /** A new workspace: keys, recovery code (shown once), empty store, first audit entry. */
    async create(label: string, passphrase: string): Promise<CreatedWorkspace> {
      await refuseWeakPassphraseOrThrow(passphrase);
      const workspaceId = bytesToHex(deps.port.randomBytes(16));
      const { keyFile, recoveryCode, dataKey } = await createKeyFile(deps.port, workspaceId, passphrase);
      const db = await openWorkspaceDbOrThrow(workspaceId, deps.environment);
      await withQuotaErrors(() =>
        db.meta.bulkPut([
          { key: keyFileMetaKey, value: keyFile },
          { key: schemaMetaKey, value: { version: workspaceSchemaVersion, writtenBy: deps.appVersion, migratedThrough: workspaceSchemaVersion } satisfies SchemaMeta },
        ]),
      );
      const summary = await withQuotaErrors(() => deps.registry.add(workspaceId, label, deps.now()));
      const store = await openStore(db, dataKey, workspaceId, 'passphrase');
      await store.appendAudit({ action: 'workspace-created', table: 'meta', recordId: workspaceId });
      return { store, summary, recoveryCode };
    },

    unlockWithPassphrase(workspaceId: string, passphrase: string): Promise<UnlockedWorkspace> {
      return unlockWith(workspaceId, 'passphrase', (keyFile) => unwrapWithPassphraseOrThrow(deps.port, keyFile, passphrase));
    },

    unlockWithRecoveryCode(workspaceId: string, code: string): Promise<UnlockedWorkspace> {
      return unlockWith(workspaceId, 'recovery-code', (keyFile) => unwrapWithRecoveryCodeOrThrow(deps.port, keyFile, code));
    },

    /** Unlock with a data key the OS keychain gave back; it must open the check value. */
    unlockWithDeviceKey(workspaceId: string, dataKey: Uint8Array): Promise<UnlockedWorkspace> {
      return unlockWith(workspaceId, 'device', async (keyFile) => {
        if (!(await isDataKeyOf(deps.port, keyFile, dataKey))) throw new AppError('vault/keychain-failed');
        return dataKey;
      });
    },

    /** Re-wraps the data key under a new passphrase; data and recovery code stay as they are. */
    async changePassphrase(store: WorkspaceStore, currentPassphrase: string, newPassphrase: string): Promise<void> {
      await refuseWeakPassphraseOrThrow(newPassphrase);
      const keyFile = await readStoreKeyFileOrThrow(store);
      const dataKey = await unwrapWithPassphraseOrThrow(deps.port, keyFile, currentPassphrase);
      try {
        const updated = await rewrapWithPassphrase(deps.port, keyFile, dataKey, newPassphrase);
        await withQuotaErrors(() => store.writeMeta(keyFileMetaKey, updated, { action: 'passphrase-changed', table: 'meta', recordId: store.workspaceId }));
      } finally {
        dataKey.fill(0);
      }
    },

    /** The raw data key, after the passphrase is given again (to hand to the OS keychain). */
    async exportDataKeyForDevice(store: WorkspaceStore, passphrase: string): Promise<Uint8Array<ArrayBuffer>> {
      return unwrapWithPassphraseOrThrow(deps.port, await readStoreKeyFileOrThrow(store), passphrase);
    },

    async rename(workspaceId: string, label: string, store: WorkspaceStore | null): Promise<void> {
      await deps.registry.update(workspaceId, { label });
      if (store !== null) await store.appendAudit({ action: 'workspace-renamed', table: 'meta', recordId: workspaceId });
    },

    /**
     * Checks a workspace's passphrase against its key file without opening
     * it (before deleting it, say). A wrong one counts as a failed attempt,
     * as at unlock, so this is no faster way to guess.
     */
    verifyPassphraseOrThrow,

    /**
     * Deletes a workspace, only with its passphrase: first what the host
     * keeps outside the database (snapshots, device key, reminders, viewer
     * copies), so a failure there leaves everything in place to try again;
     * then the database and the registry entry. The registry keeps a record
     * of the deletion (a date, no content).
     */
    async remove(workspaceId: string, passphrase: string, forgetOutsideDatabase: (workspaceId: string) => Promise<void>): Promise<void> {
      await verifyPassphraseOrThrow(workspaceId, passphrase);
      await forgetOutsideDatabase(workspaceId);
      await deleteWorkspaceDb(workspaceId, deps.environment);
      const now = deps.now();
      await deps.registry.remove(workspaceId, now);
      await deps.registry.logDeletion(workspaceId, now);
    },
  };
}

export type WorkspaceVault = ReturnType<typeof createWorkspaceVault>;
