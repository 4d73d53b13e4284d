import type { CryptoPort } from '@shared/crypto/crypto-port';
import type { Host } from '@shared/ipc/host';
import { browserIdbEnvironment, type IdbEnvironment } from '@renderer/storage/idb-environment';
import { WorkspaceRegistry } from '@renderer/storage/registry-db';
import { getBrowserCryptoPort } from '@renderer/vault/browser-crypto';
import { createWorkspaceVault, type WorkspaceVault } from '@renderer/vault/workspace-vault';

/** Everything the screens need from outside React, built once at start-up. */
export type AppServices = Readonly<{
  host: Host;
  port: CryptoPort;
  environment: IdbEnvironment;
  registry: WorkspaceRegistry;
  vault: WorkspaceVault;
  now: () => number;
  appVersion: string;
}>;

/** The services of the running app: the page's IndexedDB, WebCrypto and the given host. */
export function createAppServices(host: Host): AppServices {
  const environment = browserIdbEnvironment();
  const port = getBrowserCryptoPort();
  const registry = new WorkspaceRegistry(environment);
  // The start screen lists the workspaces: open their database while React renders.
  registry.openEarly();
  const now = () => Date.now();
  const appVersion = __APP_VERSION__;
  return { host, port, environment, registry, now, appVersion, vault: createWorkspaceVault({ registry, environment, port, now, appVersion }) };
}
