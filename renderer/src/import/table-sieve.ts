import type { ImportColumnRefusal, ImportProblem } from '@shared/import/import-problems';
import { createImportSieve } from '@shared/import/import-sieve';
import { guessMapping, type ImportedEntry, type ImportPlan } from '@shared/import/personal-information-rows';
import { normalizeChineseMobile } from '@shared/phone/phone-number';
import type { ColumnMapping } from '@shared/ledgers/definitions/personal-information-import.ledger';
import type { SealedEntry } from './import-sealing';
import { readTableFile, type TableEncoding, type TableFile, type TableFileKind } from './table-file';

/** What the mapping step shows of a file: its kind and encoding, headings, a few rows, how many rows. */
export type TableInspection = Readonly<{
  kind: TableFileKind;
  encoding: TableEncoding;
  /** False when the first row is already data (it holds a phone number): columns are then named by letter. */
  hasHeader: boolean;
  mapping: ColumnMapping[];
  preview: string[][];
  dataRows: number;
}>;

/** A batch of rows sifted: the entries to store, sealed, with their row numbers, and the problems of the others. */
export type SievedChunk = Readonly<{ sealed: SealedEntry[]; problems: ImportProblem[]; rowsDone: number }>;
export type SieveSummary = Readonly<{ dataRows: number; refusedColumns: ImportColumnRefusal[] }>;

const previewRows = 5;

const phoneHeading = /手机|电话|号码|phone|mobile/i;

/**
 * Where the column headings are: the first of the first ten rows that names
 * a phone column (a title row above it, as Chinese spreadsheets often have,
 * is skipped); none when the file starts with a number; else the first row.
 */
function headerRowOf(file: TableFile): number | null {
  for (const [index, row] of file.rows.slice(0, 10).entries()) {
    if (row.some((cell) => normalizeChineseMobile(cell) !== null)) return index === 0 ? null : 0;
    if (row.some((cell) => phoneHeading.test(cell))) return index;
  }
  return 0;
}

/** Reads a file and describes it for the mapping step. */
export async function inspectTableFile(bytes: Uint8Array): Promise<TableInspection> {
  const file = await readTableFile(bytes);
  const header = headerRowOf(file);
  const hasHeader = header !== null;
  const columns = Math.max(0, ...file.rows.slice(0, 200).map((row) => row.length));
  const headings = Array.from({ length: columns }, (_, column) => (header === null ? '' : (file.rows[header]?.[column] ?? '')));
  const data = file.rows.slice(header === null ? 0 : header + 1);
  return {
    kind: file.kind,
    encoding: file.encoding,
    hasHeader,
    mapping: guessMapping(headings),
    preview: data.slice(0, previewRows).map((row) => Array.from({ length: columns }, (_, column) => row[column] ?? '')),
    dataRows: data.length,
  };
}

/**
 * Sifts every data row of a file through the plan, in chunks: entries are
 * sealed as they go and keep their row number in the file (1 is the first
 * row, the header's); problems name row and column.
 */
export async function* sieveTableFile(bytes: Uint8Array, plan: ImportPlan, seal: (entries: readonly Readonly<{ row: number; entry: ImportedEntry }>[]) => Promise<SealedEntry[]>, chunkRows = 2_000): AsyncGenerator<SievedChunk, SieveSummary> {
  const file = await readTableFile(bytes);
  const header = headerRowOf(file);
  const first = header === null ? 0 : header + 1;
  const sieve = createImportSieve(plan);
  let entries: { row: number; entry: ImportedEntry }[] = [];
  let problems: ImportProblem[] = [];
  for (let index = first; index < file.rows.length; index += 1) {
    const result = sieve.take(file.rows[index]!, index + 1);
    if (result.kind === 'entry') entries.push({ row: result.row, entry: result.entry });
    else if (result.kind === 'refused') problems.push(...result.problems);
    if ((index - first + 1) % chunkRows === 0) {
      yield { sealed: await seal(entries), problems, rowsDone: index - first + 1 };
      entries = [];
      problems = [];
    }
  }
  yield { sealed: await seal(entries), problems, rowsDone: file.rows.length - first };
  return { dataRows: sieve.dataRows, refusedColumns: sieve.refusedColumns() };
}
