import type { CellValue } from 'exceljs';
import Papa from 'papaparse';
import { decodeText, detectTextEncoding, type TextEncodingName } from '@shared/import/text-encoding';

/** What a file to import turned out to be. */
export type TableFileKind = 'csv' | 'xlsx';
export type TableEncoding = TextEncodingName | 'xlsx';

/** A table read from a file: every row as text cells, the header row included. */
export type TableFile = Readonly<{ kind: TableFileKind; encoding: TableEncoding; rows: readonly (readonly string[])[] }>;

/** Why a file cannot be read as a table; each has a sentence under `import.file.<code>`. */
export type TableFileProblem = 'old-excel' | 'unreadable-xlsx' | 'empty';

export class TableFileError extends Error {
  constructor(
    readonly problem: TableFileProblem,
    options?: { cause?: unknown },
  ) {
    super(problem, options);
  }
}

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
const oleMagic = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((byte, index) => bytes[index] === byte);

/** The kind of a file by its bytes, whatever its name says. */
export function tableFileKindOf(bytes: Uint8Array): TableFileKind {
  if (startsWith(bytes, oleMagic)) throw new TableFileError('old-excel');
  return startsWith(bytes, zipMagic) ? 'xlsx' : 'csv';
}

/**
 * Reads a CSV (UTF-8 with or without BOM, UTF-16, GBK/GB18030; comma, tab or
 * semicolon, as papaparse detects) or the first worksheet of an xlsx (exceljs)
 * into rows of text cells.
 */
export async function readTableFile(bytes: Uint8Array): Promise<TableFile> {
  const kind = tableFileKindOf(bytes);
  const table = kind === 'xlsx' ? await readWorkbook(bytes) : readCsv(bytes);
  if (table.rows.length === 0) throw new TableFileError('empty');
  return table;
}

function readCsv(bytes: Uint8Array): TableFile {
  const encoding = detectTextEncoding(bytes);
  const text = decodeText(bytes, encoding);
  // Rows are taken as they come: a stray quote or a short row is a problem of that row, reported by its checks.
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, dynamicTyping: false });
  const rows = parsed.data.filter((row) => Array.isArray(row)).map((row) => row.map((cell) => (typeof cell === 'string' ? cell : String(cell ?? ''))));
  return { kind: 'csv', encoding, rows: trimTrailingBlankRows(rows) };
}

async function readWorkbook(bytes: Uint8Array): Promise<TableFile> {
  // exceljs is a megabyte of code: loaded for a workbook only, never for a CSV.
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (cause) {
    throw new TableFileError('unreadable-xlsx', { cause });
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new TableFileError('empty');
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    while (rows.length < rowNumber - 1) rows.push([]);
    rows.push(values.map((value) => cellValueText(value)));
  });
  return { kind: 'xlsx', encoding: 'xlsx', rows: trimTrailingBlankRows(rows) };
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * A cell's value as text. Spreadsheet dates carry no time zone: their wall
 * clock (exceljs gives it as UTC fields) is taken as China time by the row checks.
 */
export function cellValueText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    return value.getUTCHours() === 0 && value.getUTCMinutes() === 0 ? date : `${date} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return cellValueText((value as { result?: CellValue }).result);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

function trimTrailingBlankRows(rows: string[][]): string[][] {
  let end = rows.length;
  while (end > 0 && rows[end - 1]!.every((cell) => cell.trim() === '')) end -= 1;
  return rows.slice(0, end);
}
