import { WorkspaceRegistry } from '@renderer/storage/registry-db';
import { openWorkspaceDbOrThrow, type WorkspaceDb } from '@renderer/storage/workspace-db';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';
import { createWorkspaceVault } from '@renderer/vault/workspace-vault';
import type { IdbEnvironment } from '@renderer/storage/idb-environment';
import { createFakeIdbEnvironment } from './fake-idb';
import { createNodeCryptoPort } from './node-crypto-port';

/** A new workspace, unlocked, in a fresh fake IndexedDB, with that profile, on a clock that ticks a second per read. */
export async function openTestWorkspace(): Promise<Readonly<{ store: WorkspaceStore; environment: IdbEnvironment; rawDb: () => Promise<WorkspaceDb> }>> {
  const environment = createFakeIdbEnvironment();
  let clock = Date.UTC(2026, 10, 28, 2);
  const vault = createWorkspaceVault({ registry: new WorkspaceRegistry(environment), environment, port: createNodeCryptoPort(), now: () => (clock += 1000), appVersion: '0.1.0' });
  const { store } = await vault.create('门店', '老樟树下的青砖巷 Kq7!mz');
  return { store, environment, rawDb: () => rawWorkspaceDb(environment, store.workspaceId) };
}

/** A new workspace, unlocked, in a fresh fake IndexedDB, on a clock that ticks a second per read. */
export async function openTestStore(): Promise<WorkspaceStore> {
  return (await openTestWorkspace()).store;
}

/**
 * A second connection to a workspace's database, as an attacker with the
 * disk (or a test looking at what is stored) would have it.
 */
export function rawWorkspaceDb(environment: IdbEnvironment, workspaceId: string): Promise<WorkspaceDb> {
  return openWorkspaceDbOrThrow(workspaceId, environment);
}
