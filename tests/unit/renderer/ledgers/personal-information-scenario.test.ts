import { describe, expect, it, vi } from 'vitest';
import iconv from 'iconv-lite';
import type { Host } from '@shared/ipc/host';
import { ok } from '@shared/ipc/result';
import type { ImportSetup } from '@shared/import/personal-information-rows';
import { personalInformationLedger } from '@shared/ledgers/definitions/personal-information.ledger';
import { personalInformationDeletionLedger } from '@shared/ledgers/definitions/personal-information-deletion.ledger';
import { scopeChangeLedger, type ScopeChangePayload } from '@shared/ledgers/definitions/scope-change.ledger';
import { consentedScenarioId, type ScenarioId } from '@shared/ledgers/scenario-id';
import { recordAnswerOrThrow } from '@shared/ledgers/scope-change-steps';
import { ledgerExportTable } from '@renderer/export/ledger-export';
import { createImportBatch, runImportBatch } from '@renderer/import/personal-information-import';
import { personalInformationContribution } from '@renderer/ledgers/contributions/personal-information.contribution';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import { deletePersonalInformation, endServiceForAllPersonalInformation } from '@renderer/ledgers/personal-information-deletion';
import { WorkspaceRegistry } from '@renderer/storage/registry-db';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';
import { createFakeIdbEnvironment } from '../../../support/fake-idb';
import { inProcessTableReader } from '../../../support/in-process-table-reader';
import { openTestWorkspace } from '../../../support/open-test-store';

const now = Date.parse('2026-12-01T10:00:00+08:00');
const hour = 3_600_000;
const application = (scenarioName: string): ScopeChangePayload => ({
  scenarioName,
  nature: 'notification',
  reason: '会员希望收到配送进度。',
  scope: '已下单的会员。',
  createdAt: now - 5 * hour,
  application: { at: now - 4 * hour, note: '邮寄' },
  consent: null,
  refusal: null,
});
const form = <Id extends string>(scenario: Id, phone = '13800138000') => ({ phone, name: '', scenario, source: '门店登记表', consent: 'written' as const, collectedAt: '', usage: '' });

/** Two applications: 物流配送通知 with the provider's consent recorded, 会员活动通知 only applied for. */
async function scopeChanges(store: WorkspaceStore) {
  const changes = createLedgerRepository(store, scopeChangeLedger);
  const consented = await changes.add(application('物流配送通知'));
  await changes.update(consented, recordAnswerOrThrow(application('物流配送通知'), { kind: 'consent', at: now - 3 * hour, note: '回函同意', evidenceId: 'evidence' }));
  const pending = await changes.add(application('会员活动通知'));
  return { consented: consentedScenarioId(consented), pending: consentedScenarioId(pending) };
}

async function save(store: WorkspaceStore, scenario: ScenarioId, phone?: string) {
  const payload = await personalInformationContribution.toPayload(form(scenario, phone), null, { store, registry: new WorkspaceRegistry(createFakeIdbEnvironment()), now });
  return createLedgerRepository(store, personalInformationLedger).add(payload);
}

describe('a consented new scenario in 个人信息台账 (一(三)3)', () => {
  it('saves a record with a consented scenario and shows and exports it by its name; an unconsented or unknown one is refused', async () => {
    const { store } = await openTestWorkspace();
    const { consented, pending } = await scopeChanges(store);

    await expect(save(store, pending)).rejects.toMatchObject({ code: 'scenario/not-selectable' });
    await expect(save(store, consentedScenarioId('nosuchrecord'))).rejects.toMatchObject({ code: 'scenario/not-selectable' });
    expect(personalInformationContribution.formSchema(() => now).safeParse(form('scope-change:')).success).toBe(false);
    expect(personalInformationContribution.formSchema(() => now).safeParse(form('营销推广')).success).toBe(false);

    const id = await save(store, consented);
    await save(store, 'business-reminder', '13900139000');
    const stored = await createLedgerRepository(store, personalInformationLedger).get(id);
    expect(stored?.payload.scenario).toBe(consented);

    const table = await ledgerExportTable(store, personalInformationLedger, { fullNumbers: false, now });
    const rows: string[][] = [];
    for await (const page of table.rows) rows.push(...page);
    const column = table.headings.indexOf('使用场景');
    expect(rows.map((row) => row[column]).sort()).toEqual(['业务办理提醒', '物流配送通知']);
  });

  it('keeps an agreed scenario sealed as its index, as rows always were, and a consented one as its id', () => {
    const base = { phone: '13800138000', name: '', source: '门店', consent: 'written' as const, collectedAt: now, usage: '', evidenceIds: [], batchId: '' };
    const codec = personalInformationLedger.codec!;
    expect(codec.pack({ ...base, scenario: 'account-security' })).toEqual(['13800138000', '', 1, '门店', 0, '', []]);
    expect(codec.unpack(['13800138000', '', 1, '门店', 0, '', []], { createdAt: now })).toMatchObject({ scenario: 'account-security' });
    expect(codec.pack({ ...base, scenario: 'scope-change:abc' })).toEqual(['13800138000', '', 'scope-change:abc', '门店', 0, '', []]);
    expect(codec.unpack(['13800138000', '', 'scope-change:abc', '门店', 0, '', []], { createdAt: now })).toMatchObject({ scenario: 'scope-change:abc' });
    expect(codec.unpack(['13800138000', '', 'marketing', '门店', 0, '', []], { createdAt: now })).toBeNull();
    expect(codec.unpack(['13800138000', '', 3, '门店', 0, '', []], { createdAt: now })).toBeNull();
  });

  it('imports rows naming a consented scenario and refuses, row by row, one not consented', async () => {
    const { store } = await openTestWorkspace();
    const { consented } = await scopeChanges(store);
    const text = ['手机号,使用场景', '13800138000,物流配送通知', '13900139000,会员活动通知', '15800158000,验证码', '15900159000,抽奖活动', ''].join('\r\n');
    const bytes = new Uint8Array(iconv.encode(text, 'gbk'));
    const inspection = await inProcessTableReader.inspect(bytes);
    const setup: ImportSetup = { mapping: inspection.mapping, defaults: { scenario: 'verification-code', consent: 'written', source: '门店登记表', usage: '', collectedAt: now - 60_000 }, now };
    const batchId = await createImportBatch(store, { name: '名单.csv', data: bytes }, inspection, setup);
    const result = await runImportBatch(store, batchId, { reader: inProcessTableReader, now: () => now });
    expect(result).toMatchObject({ stored: 2, refused: 2 });
    expect(result.problems).toEqual([
      { row: 3, column: 'B（使用场景）', reason: 'scenario-not-consented' },
      { row: 5, column: 'B（使用场景）', reason: 'scenario-unknown' },
    ]);
    const records = (await createLedgerRepository(store, personalInformationLedger).all()).records;
    expect(records.map((record) => `${record.payload.phone}:${record.payload.scenario}`).sort()).toEqual([`13800138000:${consented}`, '15800158000:verification-code']);
  });

  it('counts a consented scenario in the deletion record', async () => {
    const { store } = await openTestWorkspace();
    const { consented } = await scopeChanges(store);
    await save(store, consented);
    await save(store, consented, '13900139000');
    await save(store, 'verification-code', '15800158000');
    const id = await endServiceForAllPersonalInformation(store, now - hour);
    const host = { snapshots: { status: vi.fn(async () => ok({ supported: false as const })) } } as unknown as Host;
    const done = await deletePersonalInformation(store, id, '王测试', { host, label: '门店', appVersion: '0.1.0', now: () => now });
    expect(done.deletion?.byScenario).toEqual({ 'verification-code': 1, 'account-security': 0, 'business-reminder': 0, [consented]: 2 });
    const kept = await createLedgerRepository(store, personalInformationDeletionLedger).get(id);
    expect(kept?.payload.deletion?.byScenario[consented]).toBe(2);
  });
});
