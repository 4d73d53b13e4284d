import type { ImportColumnRefusal, ImportProblem } from './import-problems';
import { cellText, columnLabel, createRowChecker, isBlankRow, refusedColumns, type ImportedEntry, type ImportPlan } from './personal-information-rows';

/** What the sieve made of one row: an entry for the ledger, the row's problems, or nothing (a blank line). */
export type SieveResult = Readonly<{ kind: 'entry'; row: number; entry: ImportedEntry }> | Readonly<{ kind: 'refused'; problems: readonly ImportProblem[] }> | Readonly<{ kind: 'blank' }>;

/**
 * Passes a file's data rows one by one: each is checked (createRowChecker)
 * and a number seen before in the same file is refused as a duplicate, so
 * the first occurrence is the one kept. It remembers which columns held data,
 * for the columns 一(一)1 keeps out.
 */
export function createImportSieve(plan: ImportPlan) {
  const check = createRowChecker(plan);
  const seen = new Set<string>();
  const columnsWithData = new Set<number>();
  let dataRows = 0;
  const phoneColumn = plan.mapping.find((entry) => entry.field === 'phone')?.column ?? null;
  return {
    take(cells: readonly unknown[], row: number): SieveResult {
      if (isBlankRow(cells)) return { kind: 'blank' };
      dataRows += 1;
      for (let column = 0; column < cells.length; column += 1) if (!columnsWithData.has(column) && cellText(cells[column]) !== '') columnsWithData.add(column);
      const verdict = check(cells, row);
      if (!verdict.ok) return { kind: 'refused', problems: verdict.problems };
      if (seen.has(verdict.entry.phone)) {
        return { kind: 'refused', problems: [{ row, column: phoneColumn === null ? '' : columnLabel(plan.mapping, phoneColumn), reason: 'duplicate-in-file' }] };
      }
      seen.add(verdict.entry.phone);
      return { kind: 'entry', row, entry: verdict.entry };
    },
    /** Rows that were not blank. */
    get dataRows(): number {
      return dataRows;
    },
    refusedColumns(): ImportColumnRefusal[] {
      return refusedColumns(plan.mapping, columnsWithData);
    },
  };
}

