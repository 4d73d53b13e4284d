import { Workbook } from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { personalInformationLedger } from '@shared/ledgers/definitions/personal-information.ledger';
import { ledgerRegistry } from '@shared/ledgers/ledger-registry';
import type { PersonalInformationFields } from '@shared/ledgers/personal-information.schema';
import { layoutLedgerTable } from '@shared/pdf/ledger-table-layout';
import { exportLedgerXlsx } from '@renderer/export/ledger-export';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import { openTestWorkspace } from '../../../support/open-test-store';

const now = Date.parse('2026-11-29T10:00:00+08:00');
const entry = (phone: string, source: string, usage: string): PersonalInformationFields => ({
  phone,
  name: '测试甲',
  scenario: 'verification-code',
  source,
  consent: 'written',
  collectedAt: now - 86_400_000,
  usage,
  evidenceIds: [],
  batchId: '',
});

async function readBack(data: Uint8Array) {
  const workbook = new Workbook();
  await workbook.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: { value: unknown; type: number; formula: unknown }[][] = [];
  sheet.eachRow((row) => rows.push((row.cellCount === 0 ? [] : Array.from({ length: row.cellCount }, (_, index) => row.getCell(index + 1))).map((cell) => ({ value: cell.value, type: cell.type, formula: cell.formula }))));
  return { name: sheet.name, rows };
}

describe('exports of a ledger (xlsx)', () => {
  it('keep every cell text: formulas are neutralised, phone numbers masked, and full numbers stay text', async () => {
    const { store } = await openTestWorkspace();
    const people = createLedgerRepository(store, personalInformationLedger);
    await people.add(entry('13800138000', '=1+1', '@SUM(A1)'));
    await people.add(entry('13900139000', '13800138000', '-2+3'));

    const masked = await exportLedgerXlsx(store, personalInformationLedger, { fullNumbers: false, now });
    expect(masked.rows).toBe(2);
    const maskedSheet = await readBack(masked.data);
    expect(maskedSheet.name).toBe('个人信息台账');
    expect(maskedSheet.rows[0]!.map((cell) => cell.value)).toEqual(['收集时间', '手机号', '使用场景', '来源', '同意方式', '使用情况', '同意凭证', '导入批次']);
    const cells = maskedSheet.rows.slice(1).flat();
    expect(cells.every((cell) => cell.formula === undefined)).toBe(true);
    // exceljs: 3 is a string, 2 a number, 6 a formula.
    expect(new Set(cells.filter((cell) => cell.value !== null).map((cell) => cell.type))).toEqual(new Set([3]));
    const values = cells.map((cell) => cell.value);
    expect(values).toEqual(expect.arrayContaining(['=1+1', '@SUM(A1)', '-2+3', '13800138000', '138****8000', '139****9000']));
    expect(values).not.toContain('13900139000');

    const full = await exportLedgerXlsx(store, personalInformationLedger, { fullNumbers: true, now });
    const fullValues = (await readBack(full.data)).rows.flat();
    expect(fullValues.find((cell) => cell.value === '13900139000')).toMatchObject({ type: 3 });

    // The cells a spreadsheet would take for formulas carry Excel's quote prefix; none is written as a formula.
    const sheetXml = strFromU8(unzipSync(masked.data)['xl/worksheets/sheet1.xml']!);
    expect(sheetXml).not.toContain('<f>');
    expect(sheetXml).toMatch(/<c r="D\d+" t="inlineStr" s="2"><is><t>=1\+1<\/t>/);
    expect(strFromU8(unzipSync(masked.data)['xl/styles.xml']!)).toContain('quotePrefix="1"');
  });

  it('work for every ledger of the registry, empty or not', async () => {
    const { store } = await openTestWorkspace();
    for (const definition of ledgerRegistry) {
      const made = await exportLedgerXlsx(store, definition, { fullNumbers: false, now });
      const sheet = await readBack(made.data);
      expect(sheet.rows).toHaveLength(1);
      expect(sheet.rows[0]).toHaveLength(definition.columns.length);
    }
  });
});

describe('the printable table (PDF layout)', () => {
  it('repeats the headings on every page, wraps text in its cell and numbers the pages', () => {
    const measure = (text: string, size: number) => [...text].length * size;
    const rows = Array.from({ length: 120 }, (_, index) => [`2026-11-${String((index % 28) + 1).padStart(2, '0')} 09:30`, '138****8000', '门店会员登记表'.repeat(index % 3 === 0 ? 6 : 1)]);
    const model = layoutLedgerTable({ title: '个人信息台账', subtitle: '导出时间 2026-11-29 10:00，共 120 条。', headings: ['收集时间', '手机号', '来源'], rows, pageLabel: (page, pages) => `第 ${page} / ${pages} 页` }, measure);
    expect(model.pages.length).toBeGreaterThan(2);
    for (const [index, page] of model.pages.entries()) {
      const texts = page.elements.flatMap((element) => (element.kind === 'text' ? [element.text] : []));
      expect(texts).toContain('手机号');
      expect(texts).toContain(`第 ${index + 1} / ${model.pages.length} 页`);
      for (const element of page.elements) if (element.kind === 'text') expect(element.y).toBeLessThan(841.89);
    }
    const drawn = model.pages.flatMap((page) => page.elements.flatMap((element) => (element.kind === 'text' ? [element.text] : [])));
    expect(drawn.filter((text) => text === '138****8000')).toHaveLength(120);
  });
});
