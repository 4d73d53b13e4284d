import { createRequire } from 'node:module';
import type * as ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';

// exceljs is CommonJS: Node's ESM loader sees no named exports in it.
const { Workbook } = createRequire(import.meta.url)('exceljs') as typeof ExcelJS;

// Files as a merchant's own tools write them, made with real library writers:
// papaparse for CSV text, iconv-lite for GBK, exceljs for xlsx. Numbers come
// from test ranges, names are invented.

export type SheetRow = readonly (string | number | Date)[];

/** A CSV as Chinese Excel saves it ("CSV (逗号分隔)"): GBK, CRLF. */
export function gbkCsv(rows: readonly SheetRow[]): Buffer {
  return iconv.encode(Papa.unparse(rows.map((row) => row.map(String)), { newline: '\r\n' }), 'gbk');
}

/** A CSV as WPS or Excel save "CSV UTF-8": with a byte-order mark. */
export function utf8BomCsv(rows: readonly SheetRow[]): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(Papa.unparse(rows.map((row) => row.map(String)), { newline: '\r\n' }), 'utf8')]);
}

/** An xlsx workbook with one sheet. */
export async function xlsxFile(rows: readonly SheetRow[]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('客户名单');
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The rows of an xlsx (the app's exports and reports), every cell as its value and whether it is text. */
export async function readXlsx(data: Buffer): Promise<{ value: unknown; isText: boolean; isFormula: boolean }[][]> {
  const workbook = new Workbook();
  await workbook.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  const rows: { value: unknown; isText: boolean; isFormula: boolean }[][] = [];
  workbook.worksheets[0]?.eachRow((row) => {
    const cells = [];
    for (let column = 1; column <= row.cellCount; column += 1) {
      const cell = row.getCell(column);
      cells.push({ value: cell.value, isText: typeof cell.value === 'string', isFormula: cell.formula !== undefined });
    }
    rows.push(cells);
  });
  return rows;
}
