import { describe, expect, it } from 'vitest';
import { newDraft } from '@shared/ledgers/document-versions';
import { defaultPolicyText, managementPolicyLedger, type ManagementPolicyPayload } from '@shared/ledgers/definitions/management-policy.ledger';
import { trainingLedger, trainingTopics } from '@shared/ledgers/definitions/training.ledger';
import { generatedDocumentRemovals, keepGeneratedDocument, listGeneratedDocuments } from '@renderer/documents/generated-documents';
import { exportArchive, workspaceRetention } from '@renderer/features/retention/archive-export';
import { listAttachments } from '@renderer/ledgers/attachments';
import { issueVersionWrites, nextVersionOf, withdrawVersion } from '@renderer/ledgers/document-versions';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import { removeAttachmentOrThrow, removeRecordOrThrow } from '@renderer/ledgers/retention-guard';
import { loadObligationSources, toObligationInput } from '@renderer/obligations/obligation-records';
import { saveWetInkLetter, setServiceEnd } from '@renderer/signing/letters-repository';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';
import { openTestWorkspace } from '../../../support/open-test-store';

const at = (text: string) => Date.parse(`${text}+08:00`);
const now = at('2026-11-28T10:00:00');
const pdf = (name: string) => ({ name, data: new Uint8Array([37, 80, 68, 70, 45]) });
const running = { letter: { serviceEndedAt: null }, now };

async function signOnPaper(store: WorkspaceStore): Promise<string> {
  return saveWetInkLetter(store, { operatorName: '城南张记小吃店', signedAt: at('2026-08-10T10:00:00'), templateId: 't', templateVersion: 1, templateSha256: 'x' }, pdf('扫描件.pdf'), now);
}

async function addTraining(store: WorkspaceStore): Promise<string> {
  return createLedgerRepository(store, trainingLedger).add({ heldAt: now - 86_400_000, topics: [...trainingTopics], attendeeIds: ['p1'], trainer: '', content: '年度培训', legacy: false }, [
    { slot: 'evidence', file: pdf('签到表.pdf') },
  ]);
}

const policy = (version: number): ManagementPolicyPayload => ({ ...newDraft(version, now), ...defaultPolicyText(), responsibleId: 'p1', note: '', legacy: false });

describe('deleting records and files (二(一))', () => {
  it('refuses a compliance record and its files while the service runs, and lets them go 2 years after it ended', async () => {
    const { store } = await openTestWorkspace();
    const id = await addTraining(store);
    const record = (await createLedgerRepository(store, trainingLedger).get(id))!;
    const [file] = (await listAttachments(store, { table: 'trainings', id })).attachments;
    await expect(removeRecordOrThrow(store, trainingLedger, record, running)).rejects.toMatchObject({ code: 'retention/record-kept' });
    await expect(removeAttachmentOrThrow(store, trainingLedger, record, file!.id, running)).rejects.toMatchObject({ code: 'retention/record-kept' });
    const endedLongAgo = { letter: { serviceEndedAt: at('2024-06-01T00:00:00') }, now };
    await removeAttachmentOrThrow(store, trainingLedger, record, file!.id, endedLongAgo);
    expect(await store.count('attachments')).toBe(0);
    await removeRecordOrThrow(store, trainingLedger, record, endedLongAgo);
    expect(await createLedgerRepository(store, trainingLedger).get(id)).toBeNull();
  });

  it('refuses to delete a file through a record it does not belong to', async () => {
    const { store } = await openTestWorkspace();
    const first = await addTraining(store);
    const second = (await createLedgerRepository(store, trainingLedger).get(await addTraining(store)))!;
    const [file] = (await listAttachments(store, { table: 'trainings', id: first })).attachments;
    await expect(removeAttachmentOrThrow(store, trainingLedger, second, file!.id, { letter: null, now })).rejects.toMatchObject({ code: 'storage/invalid-row' });
    expect(await store.count('attachments')).toBe(2);
  });
});

describe('the register of generated documents (文档)', () => {
  it('lists each generated PDF with its clause and record, newest first, and forgets it with its record or its file', async () => {
    const { store } = await openTestWorkspace();
    const id = await addTraining(store);
    const owner = { table: 'trainings', id, slot: 'materials' };
    const first = await keepGeneratedDocument(store, { owner, title: '培训签到表', clause: '一(五)2', file: pdf('签到表-1.pdf'), now });
    await keepGeneratedDocument(store, { owner, title: '培训总结', clause: '一(五)2', file: pdf('总结.pdf'), now: now + 1000 });
    const listed = await listGeneratedDocuments(store);
    expect(listed.documents.map((document) => [document.title, document.clause, document.ownerTable, document.ownerId])).toEqual([
      ['培训总结', '一(五)2', 'trainings', id],
      ['培训签到表', '一(五)2', 'trainings', id],
    ]);
    expect((await listAttachments(store, { table: 'trainings', id })).attachments.map((file) => file.slot).sort()).toEqual(['evidence', 'materials', 'materials']);
    expect(await generatedDocumentRemovals(store, { table: 'trainings', id }, first)).toHaveLength(1);

    const record = (await createLedgerRepository(store, trainingLedger).get(id))!;
    await removeAttachmentOrThrow(store, trainingLedger, record, first, { letter: null, now });
    expect((await listGeneratedDocuments(store)).documents.map((document) => document.title)).toEqual(['培训总结']);
    await createLedgerRepository(store, trainingLedger).remove(id);
    expect(await listGeneratedDocuments(store)).toEqual({ documents: [], unreadable: 0 });
    expect(await store.verifyAudit()).toMatchObject({ ok: true });
  });
});

describe('versions of the management policy (一(五)1)', () => {
  it('issuing a version supersedes the one in force; the duty is done only while a version is in force', async () => {
    const { store } = await openTestWorkspace();
    await signOnPaper(store);
    const policies = createLedgerRepository(store, managementPolicyLedger);
    const stateOf = async () => toObligationInput(await loadObligationSources(store)).clocks.filter((clock) => clock.obligation === 'management-policy');

    expect(await nextVersionOf(store, managementPolicyLedger)).toBe(1);
    const v1 = await policies.add(policy(1));
    expect(await stateOf()).toEqual([]);
    await store.writeRows(await issueVersionWrites(store, managementPolicyLedger, (await policies.get(v1))!, now), { action: 'record-updated', table: 'policies', recordId: v1 });
    expect((await stateOf()).map((clock) => clock.recordId)).toEqual([v1]);

    expect(await nextVersionOf(store, managementPolicyLedger)).toBe(2);
    const v2 = await policies.add(policy(2));
    await store.writeRows(await issueVersionWrites(store, managementPolicyLedger, (await policies.get(v2))!, now + 1000), { action: 'record-updated', table: 'policies', recordId: v2 });
    expect((await policies.get(v1))?.index['status']).toBe('superseded');
    expect((await stateOf()).map((clock) => clock.recordId)).toEqual([v2]);

    await withdrawVersion(store, managementPolicyLedger, (await policies.get(v2))!, now + 2000);
    expect((await policies.get(v2))?.index['status']).toBe('withdrawn');
    expect(await stateOf()).toEqual([]);
  });
});

describe('deleting a whole workspace (二(一))', () => {
  it('is refused while retention runs, allowed after an archive export, and refused again once the data changes', async () => {
    const { store } = await openTestWorkspace();
    expect(await workspaceRetention(store, now)).toEqual({ allowed: true, archivedAt: null });
    const letter = await signOnPaper(store);
    await addTraining(store);
    expect(await workspaceRetention(store, now)).toEqual({ allowed: false, reason: 'service-running', until: null, archive: 'none' });

    // Cancelled in the save dialog: nothing recorded.
    await exportArchive(store, { label: '门店', appVersion: '0.1.0', now }, async () => ({ saved: false }));
    expect(await workspaceRetention(store, now)).toMatchObject({ allowed: false, archive: 'none' });

    let archived: Uint8Array | null = null;
    await exportArchive(store, { label: '门店', appVersion: '0.1.0', now }, async (file) => {
      archived = file.data;
      return { saved: false, handedToBrowser: file.name };
    });
    expect(archived).not.toBeNull();
    expect(await workspaceRetention(store, now + 1000)).toEqual({ allowed: true, archivedAt: now });

    await setServiceEnd(store, letter, at('2026-11-28T00:00:00'));
    expect(await workspaceRetention(store, now + 2000)).toEqual({ allowed: false, reason: 'kept-until', until: at('2028-11-29T00:00:00'), archive: 'outdated' });
    expect(await workspaceRetention(store, at('2028-11-29T00:00:00'))).toEqual({ allowed: true, archivedAt: now });
  });
});
