import type { AuditActor } from '@shared/audit/audit-chain';
import type { CryptoPort } from '@shared/crypto/crypto-port';
import {
  beginRotationKeyFile,
  createKeyFile,
  parseKeyFileOrThrow,
  rewrapWithNewRecoveryCode,
  rewrapWithPassphrase,
  unwrapKeyFileOrThrow,
  type KeyFile,
  type KeySecret,
  type UnwrappedKeys,
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
 * A new recovery code (or a key rotation) prepared: the code to show, and
 * the step that makes it count. Nothing changes until `commit`, so a code the
 * user never saw never replaces the one they have.
 */
export type PreparedRecoveryCode = Readonly<{ recoveryCode: string; commit(): Promise<void> }>;

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
  // During a rotation the store seals with the next key and still opens rows of the current one.
  const openStore = async (db: WorkspaceDb, unwrapped: UnwrappedKeys, workspaceId: string, actor: AuditActor) => {
    const current = await deriveWorkspaceKeys(deps.port, unwrapped.current.dataKey, workspaceId, unwrapped.current.generation);
    const next = unwrapped.next === null ? null : await deriveWorkspaceKeys(deps.port, unwrapped.next.dataKey, workspaceId, unwrapped.next.generation);
    return WorkspaceStore.open(db, deps.port, next ?? current, actor, deps.now, {
      previousKeys: next === null ? null : current,
      anchorMirror: deps.registry.anchorMirror(workspaceId),
    });
  };

  const unwrapWithOrThrow = async (store: WorkspaceStore, secret: KeySecret): Promise<Readonly<{ keyFile: KeyFile; dataKey: Uint8Array<ArrayBuffer> }>> => {
    const keyFile = await readStoreKeyFileOrThrow(store);
    if (keyFile.rotation !== undefined) throw new AppError('vault/rotation-in-progress');
    return { keyFile, dataKey: (await unwrapKeyFileOrThrow(deps.port, keyFile, secret)).current.dataKey };
  };

  const unlockWith = async (workspaceId: string, actor: AuditActor, secret: KeySecret): Promise<UnlockedWorkspace> => {
    const summary = await deps.registry.get(workspaceId);
    if (summary === null) throw new AppError('vault/workspace-missing');
    if (summary.retryAfter > deps.now()) throw new AppError('vault/too-many-attempts');
    const db = await openWorkspaceDbOrThrow(workspaceId, deps.environment);
    try {
      const keyFile = await readKeyFileOrThrow(db);
      let unwrapped: UnwrappedKeys;
      try {
        unwrapped = await unwrapKeyFileOrThrow(deps.port, keyFile, secret);
      } catch (error) {
        if (error instanceof AppError && actor !== 'device' && error.code !== 'vault/key-file-invalid') await deps.registry.recordFailedAttempt(workspaceId, deps.now());
        throw error;
      }
      await deps.registry.recordSuccessfulUnlock(workspaceId, deps.now());
      const store = await openStore(db, unwrapped, workspaceId, actor);
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
      let unwrapped: UnwrappedKeys;
      try {
        unwrapped = await unwrapKeyFileOrThrow(deps.port, keyFile, { kind: 'passphrase', value: passphrase });
      } catch (error) {
        if (error instanceof AppError && error.code === 'vault/wrong-passphrase') await deps.registry.recordFailedAttempt(workspaceId, deps.now());
        throw error;
      }
      unwrapped.current.dataKey.fill(0);
      unwrapped.next?.dataKey.fill(0);
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
      const store = await openStore(db, { current: { generation: 1, dataKey }, next: null }, workspaceId, 'passphrase');
      await store.appendAudit({ action: 'workspace-created', table: 'meta', recordId: workspaceId });
      return { store, summary, recoveryCode };
    },

    unlockWithPassphrase(workspaceId: string, passphrase: string): Promise<UnlockedWorkspace> {
      return unlockWith(workspaceId, 'passphrase', { kind: 'passphrase', value: passphrase });
    },

    unlockWithRecoveryCode(workspaceId: string, code: string): Promise<UnlockedWorkspace> {
      return unlockWith(workspaceId, 'recovery-code', { kind: 'recovery-code', value: code });
    },

    /** Unlock with a data key the OS keychain gave back; it must open the check value. */
    unlockWithDeviceKey(workspaceId: string, dataKey: Uint8Array): Promise<UnlockedWorkspace> {
      return unlockWith(workspaceId, 'device', { kind: 'data-key', value: dataKey });
    },

    /**
     * Re-wraps the data key under a new passphrase, proven by the current
     * passphrase or, when that is lost, by the recovery code; data and
     * recovery code stay as they are.
     */
    async changePassphrase(store: WorkspaceStore, proof: string | Readonly<{ kind: 'passphrase' | 'recovery-code'; value: string }>, newPassphrase: string): Promise<void> {
      await refuseWeakPassphraseOrThrow(newPassphrase);
      const { keyFile, dataKey } = await unwrapWithOrThrow(store, typeof proof === 'string' ? { kind: 'passphrase', value: proof } : proof);
      try {
        const updated = await rewrapWithPassphrase(deps.port, keyFile, dataKey, newPassphrase);
        await withQuotaErrors(() => store.writeMeta(keyFileMetaKey, updated, { action: 'passphrase-changed', table: 'meta', recordId: store.workspaceId }));
      } finally {
        dataKey.fill(0);
      }
    },

    /** A new recovery code, after the passphrase; the old code keeps working until `commit`. */
    async prepareRecoveryCode(store: WorkspaceStore, passphrase: string): Promise<PreparedRecoveryCode> {
      const { keyFile, dataKey } = await unwrapWithOrThrow(store, { kind: 'passphrase', value: passphrase });
      let prepared: Awaited<ReturnType<typeof rewrapWithNewRecoveryCode>>;
      try {
        prepared = await rewrapWithNewRecoveryCode(deps.port, keyFile, dataKey);
      } finally {
        dataKey.fill(0);
      }
      return {
        recoveryCode: prepared.recoveryCode,
        commit: () =>
          withQuotaErrors(() => store.writeMeta(keyFileMetaKey, prepared.keyFile, { action: 'recovery-code-regenerated', table: 'meta', recordId: store.workspaceId })),
      };
    },

    /**
     * 更换数据密钥, first step: a new data key under a new passphrase and a new
     * recovery code, after the current passphrase (whoever knew the old
     * passphrase and kept an old backup opens nothing made after this). `commit` writes the key file holding both keys and pins
     * the audit log under the new one; `runKeyRotation` then seals every row
     * again (and resumes at the next unlock if cut short).
     */
    async prepareKeyRotation(store: WorkspaceStore, currentPassphrase: string, newPassphrase: string): Promise<PreparedRecoveryCode> {
      await refuseWeakPassphraseOrThrow(newPassphrase);
      const { keyFile, dataKey } = await unwrapWithOrThrow(store, { kind: 'passphrase', value: currentPassphrase });
      let pending: Awaited<ReturnType<typeof beginRotationKeyFile>>;
      try {
        pending = await beginRotationKeyFile(deps.port, keyFile, dataKey, newPassphrase);
      } finally {
        dataKey.fill(0);
      }
      const next = await deriveWorkspaceKeys(deps.port, pending.next.dataKey, store.workspaceId, pending.next.generation);
      return {
        recoveryCode: pending.recoveryCode,
        commit: () =>
          withQuotaErrors(() =>
            store.beginKeyRotation({ key: keyFileMetaKey, value: pending.keyFile }, next, { action: 'key-rotation-started', table: 'meta', recordId: `k${next.generation}` }),
          ),
      };
    },

    /** The raw data key, after the passphrase is given again (to hand to the OS keychain). */
    async exportDataKeyForDevice(store: WorkspaceStore, passphrase: string): Promise<Uint8Array<ArrayBuffer>> {
      return (await unwrapWithOrThrow(store, { kind: 'passphrase', value: passphrase })).dataKey;
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
