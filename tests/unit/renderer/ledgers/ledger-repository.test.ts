import { describe, expect, it } from 'vitest';
import { messagesZhCN } from '@shared/i18n/zh-CN';
import { apiCredentialLedger, type ApiCredentialPayload } from '@shared/ledgers/definitions/api-credential.ledger';
import { trainingLedger, trainingTopics, type TrainingPayload } from '@shared/ledgers/definitions/training.ledger';
import { securityIncidentLedger, type SecurityIncidentPayload } from '@shared/ledgers/definitions/security-incident.ledger';
import { staffLedger } from '@shared/ledgers/definitions/staff.ledger';
import { ledgerRegistry } from '@shared/ledgers/ledger-registry';
import { listAttachments } from '@renderer/ledgers/attachments';
import { ledgerContributionOf } from '@renderer/ledgers/ledger-contributions';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import { fingerprintSecret, isSameSecret } from '@renderer/ledgers/secret-fingerprint';
import { loadObligationSources, toObligationInput } from '@renderer/obligations/obligation-records';
import type { StoreChange } from '@renderer/storage/workspace-store';
import { openTestWorkspace } from '../../../support/open-test-store';

const now = Date.parse('2026-11-28T10:00:00+08:00');
const incident = (discoveredAt: number): SecurityIncidentPayload => ({
  type: 'data-leak',
  grade: 'general',
  discoveredAt,
  summary: '测试事件',
  cyberspaceAuthority: '测试市互联网信息办公室',
  telecomAuthority: '测试省通信管理局',
  contain: null,
  notify: null,
  report: null,
  users: null,
  progress: [],
  closedAt: null,
  closingSummary: '',
});
const training = (heldAt: number, content: string): TrainingPayload => ({ heldAt, topics: [...trainingTopics], attendeeIds: ['p1'], trainer: '', content, legacy: false });
const credential = (issuedAt: number, rotations: ApiCredentialPayload['rotations'] = []): ApiCredentialPayload => ({
  name: '正式环境密钥',
  type: 'api-key',
  custodianId: 'p1',
  scope: '发送验证码',
  issuedAt,
  fingerprint: null,
  rotations,
  retiredAt: null,
  note: '',
});

describe('the ledger repository', () => {
  it('adds, reads, pages, finds, updates and removes records of any definition, with their files', async () => {
    const { store } = await openTestWorkspace();
    const staff = createLedgerRepository(store, staffLedger);
    const first = await staff.add({ name: '王测试', department: '门店', role: '店长', joinedOn: '2026-01-05', leftOn: null, note: '' });
    await staff.add({ name: '李测试', department: '', role: '', joinedOn: '2026-03-01', leftOn: null, note: '' });
    expect((await staff.get(first))?.payload.name).toBe('王测试');
    const page = await staff.page(null);
    expect(page.records.map((record) => record.payload.name)).toEqual(['李测试', '王测试']);
    expect(page.unreadable).toBe(0);
    await staff.update(first, { name: '王测试', department: '门店', role: '店长', joinedOn: '2026-01-05', leftOn: '2026-11-01', note: '' });
    expect((await staff.find('status', 'left')).records.map((record) => record.id)).toEqual([first]);
    const second = page.records[0]!.id;
    await staff.remove(second);
    expect(await staff.get(second)).toBeNull();

    const trainings = createLedgerRepository(store, trainingLedger);
    const held = await trainings.add(training(now, '全员培训'), [{ slot: 'evidence', file: { name: '签到表.pdf', data: new Uint8Array([37, 80, 68, 70]) } }]);
    expect((await listAttachments(store, { table: 'trainings', id: held })).attachments.map((file) => file.name)).toEqual(['签到表.pdf']);
    await expect(trainings.add(training(now, ''), [{ slot: 'photo', file: { name: 'x.png', data: new Uint8Array(4) } }])).rejects.toMatchObject({ code: 'storage/invalid-row' });
    await trainings.remove(held);
    expect(await store.count('attachments')).toBe(0);
    expect(await store.verifyAudit()).toMatchObject({ ok: true });
  });

  it('refuses a payload its schema refuses, before anything is written', async () => {
    const { store } = await openTestWorkspace();
    const staff = createLedgerRepository(store, staffLedger);
    await expect(staff.add({ name: '', department: '', role: '', joinedOn: '2026-01-05', leftOn: null, note: '' })).rejects.toMatchObject({ code: 'storage/invalid-row' });
    expect(await store.count('staff')).toBe(0);
  });

  it('announces each committed change with its table and records', async () => {
    const { store } = await openTestWorkspace();
    const changes: StoreChange[] = [];
    const stop = store.onChange((change) => changes.push(change));
    const id = await createLedgerRepository(store, trainingLedger).add(training(now, '全员培训'));
    stop();
    await createLedgerRepository(store, trainingLedger).add(training(now, '不再收听'));
    expect(changes).toEqual([{ tables: ['trainings'], recordIds: [id] }]);
  });

  it('feeds each credential its own rotation clock, and each incident its five', async () => {
    const { store } = await openTestWorkspace();
    const day = 86_400_000;
    const old = await createLedgerRepository(store, apiCredentialLedger).add(credential(now - 200 * day, [{ at: now - 91 * day, fingerprint: null, note: '', leakId: null }]));
    const fresh = await createLedgerRepository(store, apiCredentialLedger).add(credential(now - 10 * day));
    const event = await createLedgerRepository(store, securityIncidentLedger).add(incident(now - 40 * 60_000));
    const { clocks } = toObligationInput(await loadObligationSources(store));
    expect(clocks.filter((clock) => clock.obligation === 'credential-rotation')).toEqual([
      { obligation: 'credential-rotation', source: 'api-credential', recordId: old, startedAt: now - 200 * day, doneAt: now - 91 * day, closedAt: null },
      { obligation: 'credential-rotation', source: 'api-credential', recordId: fresh, startedAt: now - 10 * day, doneAt: null, closedAt: null },
    ]);
    expect(clocks.filter((clock) => clock.recordId === event).map((clock) => clock.obligation)).toEqual(['incident-contain', 'incident-notify', 'incident-report', 'incident-users', 'incident-progress']);
  });

  it('counts only authenticated values: a forged row changes no clock, and the ledger page lists the genuine rows and the count of the rest', async () => {
    const { store, rawDb } = await openTestWorkspace();
    const trainings = createLedgerRepository(store, trainingLedger);
    const genuine = await trainings.add(training(now - 400 * 86_400_000, '去年的培训'));
    const db = await rawDb();
    // A forged completion: today's date in the clear index, zeros where the sealed payload should be.
    await db.trainings.put({ id: 'forged-1', v: 3, heldAt: now, coverage: 'complete', sealed: new Uint8Array(64) });
    // A real row whose clear date was moved forward on disk.
    const moved = await trainings.add(training(now - 500 * 86_400_000, '前年的培训'));
    await db.trainings.update(moved, { heldAt: now });
    db.close();

    const sources = await loadObligationSources(store);
    expect(toObligationInput(sources).clocks.filter((clock) => clock.obligation === 'training').map((clock) => clock.doneAt)).toEqual([now - 400 * 86_400_000]);
    expect(sources.unreadable).toBe(2);
    const page = await trainings.page(null);
    expect(page.records.map((record) => record.id)).toEqual([genuine]);
    expect(page.unreadable).toBe(2);
  });
});

describe('secret fingerprints (一(三)1)', () => {
  it('keep the last characters and a salted hash, never the secret, and tell the same secret from another', async () => {
    const { store } = await openTestWorkspace();
    const fingerprint = await fingerprintSecret(store.cryptoPort, '  sk-live-ABCDEFGH12345678  ');
    expect(fingerprint).toMatchObject({ lastCharacters: '5678' });
    expect(JSON.stringify(fingerprint)).not.toContain('ABCDEFGH');
    expect(await isSameSecret(store.cryptoPort, 'sk-live-ABCDEFGH12345678', fingerprint!)).toBe(true);
    expect(await isSameSecret(store.cryptoPort, 'sk-live-ABCDEFGH12345679', fingerprint!)).toBe(false);
    expect((await fingerprintSecret(store.cryptoPort, 'same'))?.salt).not.toBe((await fingerprintSecret(store.cryptoPort, 'same'))?.salt);
    expect(await fingerprintSecret(store.cryptoPort, '   ')).toBeNull();
  });
});

describe('the ledger forms', () => {
  it('have a label for every field and words for every option, and an empty form their schema reads', () => {
    const missing: string[] = [];
    for (const definition of ledgerRegistry) {
      const contribution = ledgerContributionOf(definition.id);
      for (const field of contribution.fields) {
        if (!(`ledger.${definition.id}.field.${field.name}` in messagesZhCN)) missing.push(`${definition.id}.field.${field.name}`);
        if (field.kind === 'select' || field.kind === 'checks') for (const option of field.options) if (!(`ledger.${definition.id}.enum.${field.name}.${option}` in messagesZhCN)) missing.push(`${definition.id}.enum.${field.name}.${option}`);
        if (field.group !== undefined && !(`ledger.${definition.id}.group.${field.group}` in messagesZhCN)) missing.push(`${definition.id}.group.${field.group}`);
      }
      for (const column of definition.columns) {
        if (column.format !== 'enum') continue;
        // An enum column's words come from the select field of its name, or from the filter of its name (a status).
        const field = contribution.fields.find((candidate) => candidate.name === column.id);
        const filter = definition.filters?.find((candidate) => candidate.field === column.id);
        if (column.values !== undefined) {
          for (const value of column.values) if (!(`ledger.${definition.id}.enum.${column.id}.${value}` in messagesZhCN)) missing.push(`${definition.id}.enum.${column.id}.${value}`);
        } else if (field?.kind !== 'select' && filter === undefined) missing.push(`${definition.id}: enum column ${column.id} has no select field, filter or declared values for its words`);
      }
      expect(Object.keys(contribution.emptyForm(now)).sort()).toEqual(contribution.fields.map((field) => field.name).sort());
    }
    expect(missing).toEqual([]);
  });
});
