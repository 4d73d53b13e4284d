import type { AnyLedgerDefinition, LedgerColumn } from '@shared/ledgers/ledger-definition';
import { findLedgerDefinition } from '@shared/ledgers/ledger-registry';
import { toChinaDateString, toChinaDateTimeString } from '@shared/time/china-time';
import { columnText } from '@renderer/features/ledgers/column-text';
import { t } from '@renderer/i18n/t';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import { ledgerText } from '@renderer/ledgers/ledger-text';
import type { PageCursor, WorkspaceStore } from '@renderer/storage/workspace-store';
import { createXlsxStream } from './xlsx-stream';

/** How an export shows phone numbers: masked (138****1234), or in full for a stated reason. */
export type ExportOptions = Readonly<{ fullNumbers: boolean; now: number; onProgress?: (rows: number) => void }>;

/** A ledger's rows as text, heading first: the same columns (list and export-only) for the xlsx and the PDF. */
export type ExportTable = Readonly<{ title: string; headings: string[]; rows: AsyncIterable<string[][]> }>;

const pageSize = 1_000;

/** Record id → description, for every ledger a definition's `ref` (and `scenario`) columns name. */
async function referencedNames(store: WorkspaceStore, definition: AnyLedgerDefinition): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const id of new Set(definition.columns.flatMap((column) => (column.ref !== undefined ? [column.ref] : [])))) {
    const target = findLedgerDefinition(id);
    if (target === null) continue;
    for (const record of (await createLedgerRepository(store, target).all()).records) names.set(record.id, target.describe(record.payload));
  }
  return names;
}

/** A cell as an export shows it: empty stays empty; a phone number masked unless the full numbers were asked for. */
export function exportCellText(definition: AnyLedgerDefinition, column: LedgerColumn<unknown>, payload: unknown, names: ReadonlyMap<string, string>, fullNumbers: boolean): string {
  const value = column.value(payload);
  if (value === null || value === '') return '';
  if (column.format === 'masked-phone' && fullNumbers) return String(value);
  return columnText(definition, column, payload, names);
}

/** True when a ledger shows phone numbers (masked): a full export of it needs a reason. */
export function hasPhoneColumns(definition: AnyLedgerDefinition): boolean {
  return definition.columns.some((column) => column.format === 'masked-phone');
}

/** Every record of a ledger, newest first, page by page, as rows of text. */
export async function ledgerExportTable(store: WorkspaceStore, definition: AnyLedgerDefinition, options: ExportOptions): Promise<ExportTable> {
  const names = await referencedNames(store, definition);
  const repository = createLedgerRepository(store, definition);
  async function* rows(): AsyncGenerator<string[][]> {
    let cursor: PageCursor | null = null;
    let done = 0;
    do {
      const page = await repository.page(cursor, pageSize);
      yield page.records.map((record) => definition.columns.map((column) => exportCellText(definition, column, record.payload, names, options.fullNumbers)));
      done += page.records.length;
      options.onProgress?.(done);
      cursor = page.next;
    } while (cursor !== null);
  }
  return { title: ledgerText(definition, 'title'), headings: definition.columns.map((column) => ledgerText(definition, `column.${column.id}`)), rows: rows() };
}

/** The file name of an export: the ledger, the day, and whether the numbers are in full. */
export function exportFileName(definition: AnyLedgerDefinition, extension: 'xlsx' | 'pdf', options: Pick<ExportOptions, 'fullNumbers' | 'now'>): string {
  const suffix = options.fullNumbers ? `-${t('export.fullSuffix')}` : '';
  return `${ledgerText(definition, 'title').replace(/[\\/:*?"<>|]/g, '')}-${toChinaDateString(options.now)}${suffix}.${extension}`;
}

const widthOf = (text: string) => [...text].reduce((width, character) => width + (character.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
const columnWidth = (column: LedgerColumn<unknown>, heading: string) =>
  Math.max(widthOf(heading) + 2, column.format === 'datetime' ? 17 : column.format === 'date' ? 11 : column.format === 'text' ? 30 : 12);

/** The ledger as an xlsx (streamed, every cell text, none a formula); resolves with its bytes and row count. */
export async function exportLedgerXlsx(store: WorkspaceStore, definition: AnyLedgerDefinition, options: ExportOptions): Promise<Readonly<{ data: Uint8Array<ArrayBuffer>; rows: number }>> {
  const table = await ledgerExportTable(store, definition, options);
  const stream = createXlsxStream(table.title, table.headings, definition.columns.map((column, index) => columnWidth(column, table.headings[index] ?? '')));
  let count = 0;
  for await (const rows of table.rows) {
    stream.addRows(rows);
    count += rows.length;
  }
  return { data: await stream.finish(), rows: count };
}

/** A line under an export's title: when, how many, and how numbers are shown. */
export function exportSubtitle(rows: number, options: Pick<ExportOptions, 'fullNumbers' | 'now'>, definition: AnyLedgerDefinition): string {
  const numbers = hasPhoneColumns(definition) ? (options.fullNumbers ? t('export.subtitle.full') : t('export.subtitle.masked')) : '';
  return `${t('export.subtitle', { at: toChinaDateTimeString(options.now), rows })}${numbers}`;
}
