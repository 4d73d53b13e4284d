import { Workbook } from 'exceljs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { ImportSetup } from '@shared/import/personal-information-rows';
import { personalInformationLedger } from '@shared/ledgers/definitions/personal-information.ledger';
import { personalInformationImportLedger } from '@shared/ledgers/definitions/personal-information-import.ledger';
import { createImportBatch, runImportBatch, unfinishedImports } from '@renderer/import/personal-information-import';
import { readTableFile } from '@renderer/import/table-file';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';
import { inProcessTableReader } from '../../../support/in-process-table-reader';
import { openTestWorkspace } from '../../../support/open-test-store';

const now = Date.parse('2026-11-29T10:00:00+08:00');
const csv = (lines: readonly string[]) => `${lines.join('\r\n')}\r\n`;
const gbk = (text: string) => new Uint8Array(iconv.encode(text, 'gbk'));

async function importFile(store: WorkspaceStore, bytes: Uint8Array, name = '客户名单.csv', options: { signal?: AbortSignal; rowsPerWrite?: number } = {}) {
  const inspection = await inProcessTableReader.inspect(bytes);
  const plan: ImportSetup = { mapping: inspection.mapping, defaults: { scenario: 'verification-code', consent: 'written', source: '门店登记表', usage: '', collectedAt: now - 60_000 }, now };
  const batchId = await createImportBatch(store, { name, data: new Uint8Array(bytes) }, inspection, plan);
  const result = await runImportBatch(store, batchId, { reader: inProcessTableReader, now: () => now, ...options });
  return { batchId, result };
}

async function storedPhones(store: WorkspaceStore): Promise<string[]> {
  return (await createLedgerRepository(store, personalInformationLedger).all()).records.map((record) => record.payload.phone).sort();
}

describe('reading files as Chinese Excel and WPS write them', () => {
  it('reads a GBK CSV, a UTF-8 CSV with BOM and an xlsx written by exceljs alike', async () => {
    const text = csv(['手机号,姓名,来源', '13800138000,测试甲,门店', '13900139000,测试乙,小程序']);
    const fromGbk = await readTableFile(gbk(text));
    const fromBom = await readTableFile(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]));
    expect(fromGbk).toMatchObject({ kind: 'csv', encoding: 'gb18030' });
    expect(fromBom).toMatchObject({ kind: 'csv', encoding: 'utf-8-bom' });
    expect(fromGbk.rows).toEqual(fromBom.rows);

    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('名单');
    sheet.addRow(['手机号', '姓名', '收集时间']);
    sheet.addRow([13800138000, '测试甲', new Date(Date.UTC(2026, 10, 1, 9, 30))]);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await readTableFile(xlsx)).toEqual({ kind: 'xlsx', encoding: 'xlsx', rows: [['手机号', '姓名', '收集时间'], ['13800138000', '测试甲', '2026-11-01 09:30']] });
  });

  it('finds the headings below a title row, and takes a file without headings from its first row', async () => {
    const titled = await inProcessTableReader.inspect(new TextEncoder().encode(csv(['2026 年会员名单,,', '手机号,姓名,来源', '13800138000,测试甲,门店'])));
    expect(titled).toMatchObject({ hasHeader: true, dataRows: 1, preview: [['13800138000', '测试甲', '门店']] });
    expect(titled.mapping.map((entry) => entry.field)).toEqual(['phone', 'name', 'source']);
    const bare = await inProcessTableReader.inspect(new TextEncoder().encode(csv(['13800138000,测试甲', '13900139000,测试乙'])));
    expect(bare).toMatchObject({ hasHeader: false, dataRows: 2 });
  });

  it('refuses an old .xls with a sentence, not a crash', async () => {
    await expect(readTableFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).rejects.toMatchObject({ problem: 'old-excel' });
  });
});

describe('importing a file into the ledger', () => {
  it('stores the good rows sealed and reports every bad one by row, column and reason; a number already registered is refused', async () => {
    const { store, rawDb } = await openTestWorkspace();
    await importFile(store, gbk(csv(['手机号,姓名', '13800138001,先来'])), '第一批.csv');
    const file = gbk(
      csv([
        '手机号,姓名,身份证号,备注',
        '13800138000,测试甲,,',
        '13800138001,已登记,,',
        '12345,号码错,,',
        '13800138002,测试丙,11010519491231002X,',
        '13800138003,测试丁,,卡号6222021234567890128',
        '13800138000,重复甲,,',
        '',
        '13900139000,测试戊,,',
      ]),
    );
    const { result, batchId } = await importFile(store, file);
    expect(result).toMatchObject({ state: 'done', totalRows: 7, stored: 2, refused: 5, duplicates: 2 });
    expect(result.problems).toEqual([
      { row: 3, column: 'A（手机号）', reason: 'duplicate-in-workspace' },
      { row: 4, column: 'A（手机号）', reason: 'phone-invalid' },
      { row: 5, column: 'C（身份证号）', reason: 'id-card' },
      { row: 6, column: 'D（备注）', reason: 'bank-card' },
      { row: 7, column: 'A（手机号）', reason: 'duplicate-in-file' },
    ]);
    expect(result.refusedColumns).toEqual([{ column: 'C（身份证号）', reason: 'forbidden-kind' }, { column: 'D（备注）', reason: 'not-needed' }]);
    expect(await storedPhones(store)).toEqual(['13800138000', '13800138001', '13900139000']);
    // The worker's blind index is the store's: the number is found by it.
    expect(await store.idsWhere('personalInformation', 'phoneIndex', await store.phoneIndex('13900139000'))).toHaveLength(1);
    // The batch keeps no file once it ended; its rows carry its id; nothing is in clear on disk.
    const db = await rawDb();
    expect(await db.attachments.count()).toBe(0);
    expect((await db.personalInformation.where('batchId').equals(batchId).count())).toBe(2);
    expect(JSON.stringify(await db.personalInformation.toArray(), (_key, value: unknown) => (value instanceof Uint8Array ? [...value] : value))).not.toContain('13900139000');
    db.close();
  });

  it('resumes an import cut short (the page closed) without storing any number twice', async () => {
    const { store } = await openTestWorkspace();
    const lines = ['手机号'];
    for (let i = 0; i < 5_000; i += 1) lines.push(`139${String(i).padStart(8, '0')}`);
    const bytes = new TextEncoder().encode(csv(lines));
    const inspection = await inProcessTableReader.inspect(bytes);
    const plan: ImportSetup = { mapping: inspection.mapping, defaults: { scenario: 'verification-code', consent: 'written', source: '门店', usage: '', collectedAt: now - 1 }, now };
    const batchId = await createImportBatch(store, { name: '大名单.csv', data: bytes }, inspection, plan);
    // The store stops answering after the first chunk, as a closed page would.
    const addSealedRows = store.addSealedRows.bind(store);
    let writes = 0;
    store.addSealedRows = async (...args) => {
      writes += 1;
      if (writes > 1) throw new Error('the page was closed');
      return addSealedRows(...args);
    };
    await expect(runImportBatch(store, batchId, { reader: inProcessTableReader, now: () => now, rowsPerWrite: 2_000 })).rejects.toThrow('the page was closed');
    store.addSealedRows = addSealedRows;
    expect(await unfinishedImports(store)).toEqual([batchId]);
    expect(await store.count('personalInformation')).toBe(2_000);

    const result = await runImportBatch(store, batchId, { reader: inProcessTableReader, now: () => now });
    expect(result).toMatchObject({ state: 'done', totalRows: 5_000, stored: 5_000, refused: 0, duplicates: 0, problems: [] });
    expect(await store.count('personalInformation')).toBe(5_000);
    expect(new Set(await store.indexValues('personalInformation', 'phoneIndex')).size).toBe(5_000);
    expect(await unfinishedImports(store)).toEqual([]);
  });

  it('cancelling takes back what the batch stored', async () => {
    const { store } = await openTestWorkspace();
    const lines = ['手机号'];
    for (let i = 0; i < 4_500; i += 1) lines.push(`158${String(i).padStart(8, '0')}`);
    const controller = new AbortController();
    const addSealedRows = store.addSealedRows.bind(store);
    store.addSealedRows = async (...args) => {
      await addSealedRows(...args);
      controller.abort();
    };
    const { result, batchId } = await importFile(store, new TextEncoder().encode(csv(lines)), '取消.csv', { signal: controller.signal, rowsPerWrite: 2_000 });
    expect(result).toMatchObject({ state: 'cancelled', stored: 0 });
    expect(await store.count('personalInformation')).toBe(0);
    expect((await createLedgerRepository(store, personalInformationImportLedger).get(batchId))?.payload.state).toBe('cancelled');
  });
});

describe('any bytes as a CSV', () => {
  it('never crash the importer: every data row is stored or reported', async () => {
    const { store } = await openTestWorkspace();
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.boolean(), async (bytes, withPhones) => {
        // Half the runs start with a good header and numbers, so that rows do get stored.
        const data = withPhones ? new Uint8Array([...new TextEncoder().encode('手机号,姓名\n13700137000,甲\n'), ...bytes]) : bytes;
        let inspection;
        try {
          inspection = await inProcessTableReader.inspect(data);
        } catch (error) {
          expect((error as { problem?: string }).problem).toMatch(/^(empty|old-excel|unreadable-xlsx)$/);
          return;
        }
        const mapping = inspection.mapping.some((entry) => entry.field === 'phone') ? inspection.mapping : inspection.mapping.map((entry, index) => ({ ...entry, field: index === 0 ? ('phone' as const) : ('skip' as const) }));
        const plan: ImportSetup = { mapping, defaults: { scenario: 'verification-code', consent: 'written', source: '测试', usage: '', collectedAt: now - 1 }, now };
        const batchId = await createImportBatch(store, { name: 'random.csv', data }, inspection, plan);
        const result = await runImportBatch(store, batchId, { reader: inProcessTableReader, now: () => now });
        expect(result.state).toBe('done');
        expect(result.stored + result.refused).toBe(result.totalRows);
        expect(await store.idsWhere('personalInformation', 'batchId', batchId)).toHaveLength(result.stored);
      }),
      { numRuns: 60 },
    );
  });
});
