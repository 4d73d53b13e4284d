import type { ImportBatchPayload } from '@shared/ledgers/definitions/personal-information-import.ledger';
import { t } from '@renderer/i18n/t';
import { createXlsxStream } from '@renderer/export/xlsx-stream';

/**
 * The error report of an import as an xlsx: one line per problem, with the
 * row of the file, its column and the reason in Chinese (never the value),
 * then the columns that were not imported.
 */
export function importReportXlsx(batch: ImportBatchPayload): Promise<Uint8Array<ArrayBuffer>> {
  const stream = createXlsxStream(t('import.report.sheet'), [t('import.report.row'), t('import.report.column'), t('import.report.reason')], [8, 24, 60]);
  stream.addRows(batch.problems.map((problem) => [String(problem.row), problem.column, t(`import.problem.${problem.reason}`)]));
  if (batch.problemsNotKept > 0) stream.addRows([['', '', t('import.report.notKept', { count: batch.problemsNotKept })]]);
  stream.addRows(batch.refusedColumns.map((column) => [t('import.report.wholeColumn'), column.column, t(`import.column.${column.reason}`)]));
  return stream.finish();
}
