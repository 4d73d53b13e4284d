import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { WorkspaceRegistry } from '@renderer/storage/registry-db';
import { createFakeIdbEnvironment } from '../../../support/fake-idb';

describe('the workspace registry', () => {
  it('upgrades a registry written before device settings existed, keeping its workspaces', async () => {
    const environment = createFakeIdbEnvironment();
    const before = new Dexie('sms-ca-registry', { indexedDB: environment.indexedDB, IDBKeyRange: environment.IDBKeyRange });
    before.version(1).stores({ workspaces: 'id, lastOpenedAt', events: '++seq, at' });
    await before.table('workspaces').put({ id: '0123456789abcdef0123456789abcdef', label: '门店 A', createdAt: 1, lastOpenedAt: 1, autoLockMinutes: 10, failedAttempts: 0, retryAfter: 0 });
    before.close();

    const registry = new WorkspaceRegistry(environment);
    expect((await registry.list()).map((workspace) => workspace.label)).toEqual(['门店 A']);
    expect(await registry.getSetting('calendar.imported')).toBeUndefined();
    await registry.setSetting('calendar.imported', [{ coveredFrom: 2027 }]);
    expect(await registry.getSetting('calendar.imported')).toEqual([{ coveredFrom: 2027 }]);
    registry.close();
  });
});
