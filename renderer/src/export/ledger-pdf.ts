import { AppError } from '@shared/errors/app-error';
import type { AnyLedgerDefinition } from '@shared/ledgers/ledger-definition';
import { layoutLedgerTable } from '@shared/pdf/ledger-table-layout';
import { t } from '@renderer/i18n/t';
import { loadPdfFactory } from '@renderer/signing/load-letter-pdf';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';
import { exportSubtitle, ledgerExportTable, type ExportOptions } from './ledger-export';

/** More rows than this make a PDF of hundreds of pages: the export says to use Excel instead. */
export const maxPdfRows = 3_000;

/** Thrown when a ledger is too long to print; the screen suggests the xlsx. */
export class TooManyRowsForPdf extends Error {
  constructor(readonly rows: number) {
    super('too many rows for a PDF');
    this.name = 'TooManyRowsForPdf';
  }
}

/** The ledger as a printable PDF with selectable Chinese text (the subset CJK font embedded). */
export async function exportLedgerPdf(store: WorkspaceStore, definition: AnyLedgerDefinition, options: ExportOptions): Promise<Readonly<{ data: Uint8Array<ArrayBuffer>; rows: number }>> {
  const count = await store.count(definition.table as Parameters<WorkspaceStore['count']>[0]);
  if (count > maxPdfRows) throw new TooManyRowsForPdf(count);
  const table = await ledgerExportTable(store, definition, options);
  const rows: string[][] = [];
  for await (const page of table.rows) rows.push(...page);
  if (rows.length > maxPdfRows) throw new TooManyRowsForPdf(rows.length);
  const pdf = await loadPdfFactory();
  const data = await pdf(
    (measure) =>
      layoutLedgerTable({ title: table.title, subtitle: exportSubtitle(rows.length, options, definition), headings: table.headings, rows, pageLabel: (page, pages) => t('export.pdf.page', { page, pages }) }, measure),
    new Map(),
    { title: table.title, subject: definition.clause === null ? table.title : t('export.pdf.subject', { clause: definition.clause }), keywords: definition.clause ?? '', author: '', creator: t('app.name') },
  );
  if (data.byteLength === 0) throw new AppError('internal/unexpected');
  return { data, rows: rows.length };
}
