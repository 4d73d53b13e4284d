import { describe, expect, it, vi } from 'vitest';
import { calendarDataSchema, createWorkCalendar } from '@shared/calendar/work-calendar';
import type { Host } from '@shared/ipc/host';
import { ok } from '@shared/ipc/result';
import { personalInformationLedger } from '@shared/ledgers/definitions/personal-information.ledger';
import { personalInformationDeletionLedger } from '@shared/ledgers/definitions/personal-information-deletion.ledger';
import type { PersonalInformationFields } from '@shared/ledgers/personal-information.schema';
import { computeObligations } from '@shared/obligations/obligation-engine';
import { addAttachment } from '@renderer/ledgers/attachments';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import { deletePersonalInformation, endService, endServiceForAllPersonalInformation, serviceEndCovering } from '@renderer/ledgers/personal-information-deletion';
import { loadObligationSources, toObligationInput } from '@renderer/obligations/obligation-records';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';
import { openTestWorkspace } from '../../../support/open-test-store';
import bundled from '../../../../assets/calendar/china-2004-2026.json';

const calendar = createWorkCalendar([calendarDataSchema.parse(bundled)]);
const at = (text: string) => Date.parse(`${text}+08:00`);
const person = (phone: string, batchId = '', scenario: PersonalInformationFields['scenario'] = 'verification-code'): PersonalInformationFields => ({
  phone,
  name: '测试甲',
  scenario,
  source: '门店登记表',
  consent: 'written',
  collectedAt: at('2026-09-01T10:00:00'),
  usage: '',
  evidenceIds: [],
  batchId,
});

function hostWith(snapshots: 'desktop' | 'browser') {
  // The replacing snapshot arrives piece by piece; `replace` is its finish (with how many older ones went).
  const written: Uint8Array[] = [];
  const begin = vi.fn(async (_request: { workspaceId: string; kind: string }) => ok({ streamId: 's1' }));
  const replace = vi.fn(async () => ok({ written: true as const, location: '/快照/new.smsbak', removed: 3 }));
  const host = {
    snapshots: {
      status: async () => ok(snapshots === 'desktop' ? { supported: true as const, lastAt: null, count: 3, folder: '/快照' } : { supported: false as const }),
      begin,
      finish: replace,
    },
    streams: {
      write: async ({ data }: { data: Uint8Array }) => {
        written.push(data.slice());
        return ok(null);
      },
      close: async () => ok(null),
    },
  } as unknown as Host;
  return { host, replace, begin, written };
}

async function lettered(store: WorkspaceStore) {
  const people = createLedgerRepository(store, personalInformationLedger);
  const single = await people.add(person('13800138000'));
  await addAttachment(store, { table: 'personalInformation', id: single }, 'consent-evidence', { name: '同意书.pdf', data: new TextEncoder().encode('%PDF-1.4 同意书') }, at('2026-09-01T10:00:00'));
  const inBatch = await Promise.all(['13900139000', '13900139001', '13900139002'].map((phone, index) => people.add(person(phone, 'batch-1', index === 0 ? 'account-security' : 'verification-code'))));
  const other = await people.add(person('15800158000'));
  return { single, inBatch, other };
}

describe('the deletion duty (一(一)3)', () => {
  it('starts when the service ends for a record, and falls due 15 working days later, across the National Day holiday', async () => {
    const { store } = await openTestWorkspace();
    const { single } = await lettered(store);
    const endedAt = at('2026-09-28T15:00:00');
    const id = await endService(store, { scope: 'record', targetId: single, targetLabel: '', endedAt, reason: '用户注销账户' });
    expect(await endService(store, { scope: 'record', targetId: single, targetLabel: '', endedAt, reason: '再次' })).toBe(id);
    const { clocks } = toObligationInput(await loadObligationSources(store));
    expect(clocks.filter((clock) => clock.obligation === 'personal-information-deletion')).toEqual([
      { obligation: 'personal-information-deletion', source: 'personal-information-deletion', recordId: id, startedAt: endedAt, doneAt: null, closedAt: null },
    ]);
    // After Monday 09-28: 09-29 and 09-30 count, 10-01 to 10-07 are the holiday, Saturday 10-10 is a make-up working day: the 15th is Friday 10-23.
    const [item] = computeObligations({ letter: { signedAt: at('2026-01-05T10:00:00'), serviceEndedAt: null }, clocks }, calendar, at('2026-10-08T10:00:00')).filter((entry) => entry.obligationId === 'personal-information-deletion');
    expect(item).toMatchObject({ state: 'upcoming', source: 'personal-information-deletion', recordId: id });
    expect(item?.dueDate).toBe('2026-10-23');
    expect(item?.dueAt).toBe(at('2026-10-24T00:00:00'));
    expect(item?.estimated).toBe(false);
  });

  it('never gives each of many records a clock: one service end covers a batch, or every record', async () => {
    const { store } = await openTestWorkspace();
    const { inBatch, other } = await lettered(store);
    await endService(store, { scope: 'batch', targetId: 'batch-1', targetLabel: '名单.csv', endedAt: at('2026-11-02T10:00:00'), reason: '活动结束' });
    expect((await serviceEndCovering(store, { id: inBatch[0]!, batchId: 'batch-1' }))?.payload.scope).toBe('batch');
    expect(await serviceEndCovering(store, { id: other, batchId: '' })).toBeNull();
    await endServiceForAllPersonalInformation(store, at('2026-11-03T10:00:00'));
    expect((await serviceEndCovering(store, { id: other, batchId: '' }))?.payload.scope).toBe('all');
    const { clocks } = toObligationInput(await loadObligationSources(store));
    expect(clocks.filter((clock) => clock.obligation === 'personal-information-deletion')).toHaveLength(2);
  });

  it('彻底删除 removes the rows, their evidence and blind indexes, leaves a record without any number, and replaces the desktop snapshots', async () => {
    const { store, rawDb } = await openTestWorkspace();
    const { single } = await lettered(store);
    const phoneIndex = await store.phoneIndex('13800138000');
    const id = await endService(store, { scope: 'record', targetId: single, targetLabel: '', endedAt: at('2026-11-20T10:00:00'), reason: '用户注销账户' });
    const { host, replace, begin, written } = hostWith('desktop');
    const done = await deletePersonalInformation(store, id, '王测试', { host, label: '门店', appVersion: '0.1.0', now: () => at('2026-11-25T10:00:00') });
    expect(begin.mock.calls.map(([request]) => request.kind)).toEqual(['replace-older']);
    expect(written.reduce((bytes, piece) => bytes + piece.byteLength, 0)).toBeGreaterThan(0);
    expect(done.deletion).toMatchObject({ count: 1, byScenario: { 'verification-code': 1, 'account-security': 0, 'business-reminder': 0 }, executedBy: '王测试', rowsRemoved: true, snapshots: 'replaced', completedAt: at('2026-11-25T10:00:00') });
    expect(replace).toHaveBeenCalledTimes(1);
    expect(await createLedgerRepository(store, personalInformationLedger).get(single)).toBeNull();
    expect(await store.idsWhere('personalInformation', 'phoneIndex', phoneIndex)).toEqual([]);
    expect(await store.count('attachments')).toBe(0);

    const db = await rawDb();
    const kept = await db.personalInformationDeletions.toArray();
    db.close();
    expect(kept).toHaveLength(1);
    expect(JSON.stringify(kept)).not.toContain(phoneIndex);
    const record = await createLedgerRepository(store, personalInformationDeletionLedger).get(id);
    expect(JSON.stringify(record)).not.toMatch(/13800138000|138\*+8000/);
    expect(JSON.stringify(record)).not.toContain(phoneIndex);
    // The duty is done.
    const { clocks } = toObligationInput(await loadObligationSources(store));
    expect(clocks.find((clock) => clock.recordId === id)?.doneAt).toBe(at('2026-11-25T10:00:00'));
  });

  it('deletes a whole batch, lists the backups made before it, and in the browser mode has no snapshot to replace', async () => {
    const { store } = await openTestWorkspace();
    const { other } = await lettered(store);
    await store.appendAudit({ action: 'backup-created', table: 'meta', recordId: store.workspaceId });
    const id = await endService(store, { scope: 'batch', targetId: 'batch-1', targetLabel: '名单.csv', endedAt: at('2026-11-20T10:00:00'), reason: '活动结束' });
    const { host, replace } = hostWith('browser');
    const done = await deletePersonalInformation(store, id, '王测试', { host, label: '门店', appVersion: '0.1.0', now: () => Date.now() + 86_400_000 });
    expect(done.deletion).toMatchObject({ count: 3, byScenario: { 'verification-code': 2, 'account-security': 1, 'business-reminder': 0 }, snapshots: 'not-kept' });
    expect(done.deletion?.backupsBefore).toHaveLength(1);
    expect(replace).not.toHaveBeenCalled();
    const left = (await createLedgerRepository(store, personalInformationLedger).all()).records.map((record) => record.payload.phone).sort();
    expect(left).toEqual(['13800138000', '15800158000']);
    expect(other).toBeTruthy();
  });

  it('a deletion cut short goes on where it stopped; an unfinished snapshot replacement keeps the duty open', async () => {
    const { store } = await openTestWorkspace();
    await lettered(store);
    const id = await endServiceForAllPersonalInformation(store, at('2026-11-20T10:00:00'));
    const { host } = hostWith('desktop');
    const failing = { ...host, snapshots: { ...host.snapshots, finish: async () => ({ ok: false as const, error: { code: 'backup/verify-failed' as const } }) } } as Host;
    await expect(deletePersonalInformation(store, id, '王测试', { host: failing, label: '门店', appVersion: '0.1.0', now: () => Date.now() })).rejects.toMatchObject({ code: 'backup/verify-failed' });
    expect(await store.count('personalInformation')).toBe(0);
    const pending = await createLedgerRepository(store, personalInformationDeletionLedger).get(id);
    expect(pending?.index['status']).toBe('awaiting-snapshots');
    const done = await deletePersonalInformation(store, id, '王测试', { host, label: '门店', appVersion: '0.1.0', now: () => Date.now() });
    expect(done.deletion).toMatchObject({ count: 5, snapshots: 'replaced' });
  });
});
