import { describe, expect, it } from 'vitest';
import { WorkspaceRegistry } from '@renderer/storage/registry-db';
import { createWorkspaceVault } from '@renderer/vault/workspace-vault';
import { describeAuditVerification } from '@renderer/features/security/describe-audit';
import { createFakeIdbEnvironment } from '../../../support/fake-idb';
import { createNodeCryptoPort } from '../../../support/node-crypto-port';
import { rawWorkspaceDb } from '../../../support/open-test-store';

const passphrase = '老樟树下的青砖巷 Kq7!mz';

// Someone with the disk but without the passphrase: they can read, delete and
// put back anything in the database, and copy what they saw earlier.
async function workspaceWithHistory() {
  const environment = createFakeIdbEnvironment();
  const registry = new WorkspaceRegistry(environment);
  let clock = Date.UTC(2026, 10, 28, 2);
  const vault = createWorkspaceVault({ registry, environment, port: createNodeCryptoPort(), now: () => (clock += 1000), appVersion: '0.1.0' });
  const { store, summary } = await vault.create('门店 A', passphrase);
  const ids: string[] = [];
  for (let i = 0; i < 4; i += 1) ids.push(await store.putRecord('trainings', { index: { heldAt: i }, fields: { at: i, note: `第 ${i} 次培训` } }));
  const db = await rawWorkspaceDb(environment, summary.id);
  return { store, registry, db, ids, workspaceId: summary.id };
}

describe('the audit log against someone with the disk', () => {
  it('is intact after ordinary work', async () => {
    const { store } = await workspaceWithHistory();
    expect(await store.verifyAudit()).toEqual({ ok: true, count: 5 });
  });

  it('catches the tail cut off and the head rewritten to the new last entry', async () => {
    const { store, db } = await workspaceWithHistory();
    await db.audit.bulkDelete([4, 5]);
    const last = (await db.audit.get(3))!;
    await db.meta.put({ key: 'auditHead', value: { seq: 3, hash: last['hash'] } });
    const verification = await store.verifyAudit();
    expect(verification).toMatchObject({ ok: false, reason: 'tail-cut-head-rewritten', seq: 4 });
    expect(describeAuditVerification(verification)).toBe('日志末尾从第 4 条起的记录被删除了，末尾标记也被改写过（校验码不符），想掩盖这次删除。');
  });

  it('catches the tail cut off and an older signed head put back', async () => {
    const { store, db } = await workspaceWithHistory();
    const olderHead = await db.meta.get('auditHead');
    await store.putRecord('trainings', { index: { heldAt: 9 }, fields: { at: 9, note: '后来的培训' } });
    await db.audit.delete(6);
    await db.meta.put(olderHead!);
    expect(await store.verifyAudit()).toMatchObject({ ok: false, reason: 'tail-missing', seq: 6 });
  });

  it('catches the whole log wiped with its head, saying how many entries there were', async () => {
    const { store, db } = await workspaceWithHistory();
    await db.audit.clear();
    await db.meta.delete('auditHead');
    const verification = await store.verifyAudit();
    expect(verification).toMatchObject({ ok: false, reason: 'wiped', seq: 5 });
    expect(describeAuditVerification(verification)).toBe('审计日志被整个清空了：本机另存的记录表明它原有 5 条，现在一条也没有。');
  });

  it('catches the whole log wiped even when the registry copy is wiped too', async () => {
    const { store, db, registry, workspaceId } = await workspaceWithHistory();
    await db.audit.clear();
    await db.meta.delete('auditHead');
    await registry.writeAuditAnchor(workspaceId, null);
    expect(await store.verifyAudit()).toMatchObject({ ok: false, reason: 'wiped', seq: 0 });
  });

  it('catches an older copy of a row put back', async () => {
    const { store, db, ids } = await workspaceWithHistory();
    const older = await db.trainings.get(ids[1]!);
    await store.putRecord('trainings', { id: ids[1]!, index: { heldAt: 1 }, fields: { at: 1, note: '改过的记录' } });
    await db.trainings.put(older!);
    // The old copy still opens: only the log can tell.
    expect((await store.getRecord('trainings', ids[1]!))?.fields).toMatchObject({ note: '第 1 次培训' });
    const verification = await store.verifyAudit();
    expect(verification).toMatchObject({ ok: false, reason: 'row-replaced', seq: 6, table: 'trainings' });
    expect(describeAuditVerification(verification)).toBe('「培训记录」里有一条数据被换成了旧的版本（或删除后又被放回）：与审计日志第 6 条记下的不一致。');
  });

  it('catches a deleted row put back, and a row deleted outside the log', async () => {
    const { store, db, ids } = await workspaceWithHistory();
    const deleted = await db.trainings.get(ids[0]!);
    await store.deleteRecord('trainings', ids[0]!);
    await db.trainings.put(deleted!);
    expect(await store.verifyAudit()).toMatchObject({ ok: false, reason: 'row-replaced', seq: 6 });
    await db.trainings.bulkDelete([ids[0]!, ids[2]!]);
    expect(await store.verifyAudit()).toMatchObject({ ok: false, reason: 'row-missing', seq: 4 });
  });
});
