import { WorkspaceRegistry } from '@renderer/storage/registry-db';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';
import { createWorkspaceVault } from '@renderer/vault/workspace-vault';
import { createFakeIdbEnvironment } from './fake-idb';
import { createNodeCryptoPort } from './node-crypto-port';

/** A new workspace, unlocked, in a fresh fake IndexedDB, on a clock that ticks a second per read. */
export async function openTestStore(): Promise<WorkspaceStore> {
  const environment = createFakeIdbEnvironment();
  let clock = Date.UTC(2026, 10, 28, 2);
  const vault = createWorkspaceVault({ registry: new WorkspaceRegistry(environment), environment, port: createNodeCryptoPort(), now: () => (clock += 1000), appVersion: '0.1.0' });
  return (await vault.create('门店', '老樟树下的青砖巷 Kq7!mz')).store;
}
