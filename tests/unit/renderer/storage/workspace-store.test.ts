import { IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { WorkspaceRegistry } from '@renderer/storage/registry-db';
import { importRecords } from '@renderer/storage/bulk-import';
import { createWorkspaceVault } from '@renderer/vault/workspace-vault';
import { createFakeIdbEnvironment } from '../../../support/fake-idb';
import { createNodeCryptoPort } from '../../../support/node-crypto-port';
import { rawWorkspaceDb } from '../../../support/open-test-store';

async function setUp() {
  const environment = createFakeIdbEnvironment();
  const registry = new WorkspaceRegistry(environment);
  let clock = Date.UTC(2026, 10, 28, 2, 0, 0);
  const vault = createWorkspaceVault({ registry, environment, port: createNodeCryptoPort(), now: () => (clock += 1000), appVersion: '0.1.0' });
  const created = await vault.create('门店 A', 'correct horse battery staple 9!');
  return { environment, registry, vault, ...created, rawDb: () => rawWorkspaceDb(environment, created.summary.id) };
}

describe('workspace store', () => {
  it('round-trips a sealed row and finds it by phone blind index', async () => {
    const { store, rawDb } = await setUp();
    const phoneIndex = await store.phoneIndex('13812345678');
    const id = await store.putRecord('personalInformation', {
      index: { createdAt: 1000, deletionDueAt: 0, status: 'active', phoneIndex, batchId: '' },
      fields: { phone: '13812345678', name: '张三' },
    });
    expect(await store.getRecord('personalInformation', id)).toMatchObject({ id, fields: { phone: '13812345678', name: '张三' } });
    const found = await store.findBy('personalInformation', 'phoneIndex', phoneIndex);
    expect(found.rows.map((row) => row.id)).toEqual([id]);
    const stored = await (await rawDb()).personalInformation.get(id);
    expect(JSON.stringify(stored)).not.toContain('13812345678');
  });

  it('pages newest first with keyset cursors that never repeat or skip', async () => {
    const { store } = await setUp();
    const inputs = Array.from({ length: 230 }, (_, i) => ({
      index: { createdAt: 1_000 + Math.floor(i / 3), deletionDueAt: 0, status: 'active', phoneIndex: `p${i}`, batchId: '' },
      fields: { n: i },
    }));
    expect(await importRecords(store, 'personalInformation', inputs, { batchSize: 50 })).toBe(230);
    const seen: number[] = [];
    let after = null;
    for (;;) {
      const page = await store.page('personalInformation', { index: '[createdAt+id]', after, limit: 50, direction: 'desc' });
      seen.push(...page.rows.map((row) => (row.fields as { n: number }).n));
      if (page.next === null) break;
      after = page.next;
    }
    expect(seen).toHaveLength(230);
    expect(new Set(seen).size).toBe(230);
    const createdAt = seen.map((n) => 1_000 + Math.floor(n / 3));
    expect(createdAt).toEqual([...createdAt].sort((a, b) => b - a));
  });

  it('chains an audit entry for every change and verifies it', async () => {
    const { store, rawDb } = await setUp();
    const id = await store.putRecord('trainings', { index: { heldAt: 5 }, fields: { topic: '法规' } });
    await store.putRecord('trainings', { id, index: { heldAt: 6 }, fields: { topic: '法规与案例' } });
    await store.deleteRecord('trainings', id);
    const entries = await (await rawDb()).audit.orderBy('seq').toArray();
    expect(entries.map((entry) => entry.action)).toEqual(['workspace-created', 'record-created', 'record-updated', 'record-deleted']);
    expect(await store.verifyAudit()).toEqual({ ok: true, count: 4 });
  });

  it('reports the first edited audit entry', async () => {
    const { store, rawDb } = await setUp();
    for (let i = 0; i < 5; i += 1) await store.putRecord('trainings', { index: { heldAt: i }, fields: { i } });
    await (await rawDb()).audit.update(3, { action: 'record-deleted' });
    expect(await store.verifyAudit()).toMatchObject({ ok: false, seq: 3, reason: 'hash-mismatch' });
  });

  it('reports entries cut off the end of the log', async () => {
    const { store, rawDb } = await setUp();
    for (let i = 0; i < 3; i += 1) await store.putRecord('trainings', { index: { heldAt: i }, fields: { i } });
    await (await rawDb()).audit.delete(4);
    expect(await store.verifyAudit()).toMatchObject({ ok: false, seq: 4, reason: 'tail-missing' });
  });

  it('refuses to work once locked', async () => {
    const { store } = await setUp();
    store.close();
    await expect(store.getRecord('trainings', 'x')).rejects.toMatchObject({ code: 'vault/locked' });
  });
});

describe('a write the disk has no room for', () => {
  it('is reported as storage/quota-exceeded, and nothing is written', async () => {
    const { store, rawDb } = await setUp();
    const db = await rawDb();
    // The browser refuses the next write for lack of room, as a full disk or quota would.
    db.close();
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    const refusal = vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(() => {
      throw quota;
    });
    await expect(store.putRecord('trainings', { index: { heldAt: 1 }, fields: { at: 1, note: '' } })).rejects.toMatchObject({ code: 'storage/quota-exceeded' });
    refusal.mockRestore();
    expect(await store.count('trainings')).toBe(0);
  });
});
