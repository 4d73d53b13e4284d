import { AppError } from '@shared/errors/app-error';
import type { ImportProblem } from '@shared/import/import-problems';
import { columnLabel, type ImportPlan, type ImportSetup } from '@shared/import/personal-information-rows';
import type { OpenedFile } from '@shared/ipc/files.schema';
import { personalInformationLedger } from '@shared/ledgers/definitions/personal-information.ledger';
import { keptProblems, personalInformationImportLedger, type ImportBatchPayload } from '@shared/ledgers/definitions/personal-information-import.ledger';
import { scopeChangeLedger } from '@shared/ledgers/definitions/scope-change.ledger';
import { scenarioVocabulary } from '@shared/ledgers/scenarios';
import { attachmentWrite } from '@renderer/ledgers/attachments';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import type { StoredSealedRow } from '@shared/storage/workspace-schema';
import type { RowWrite, WorkspaceStore } from '@renderer/storage/workspace-store';
import type { TableReader } from './import-worker-client';
import type { TableInspection } from './table-sieve';

/** The purpose of the file kept beside a running batch (never shown among a record's files). */
export const importSourcePurpose = 'import-source';

const table = 'personalInformation' as const;
/**
 * Rows per write: every commit is flushed to disk (strict durability), and a
 * flush costs as much as thousands of rows. A write starts as soon as a few
 * thousand rows are sealed, and the next one takes all that was sealed
 * meanwhile, up to 20,000: the disk never waits, and a 100,000-row import
 * commits a handful of times. A file cut short loses at most one write.
 */
const firstWriteRows = 2_000;
const rowsPerWrite = 20_000;
const batches = (store: WorkspaceStore) => createLedgerRepository(store, personalInformationImportLedger);

export type ImportCounts = Readonly<{ rowsDone: number; totalRows: number; stored: number; refused: number; duplicates: number }>;

/**
 * Records a new import: the batch (its mapping, its defaults, state
 * `running`) and the file itself, sealed beside it so that an import cut
 * short can run again after the next unlock. Returns the batch id.
 */
export async function createImportBatch(store: WorkspaceStore, file: OpenedFile, inspection: TableInspection, plan: ImportSetup): Promise<string> {
  const id = store.newId();
  const payload: ImportBatchPayload = {
    fileName: file.name.slice(0, 120),
    fileKind: inspection.kind,
    encoding: inspection.encoding,
    startedAt: plan.now,
    finishedAt: null,
    state: 'running',
    mapping: [...plan.mapping],
    defaults: plan.defaults,
    totalRows: inspection.dataRows,
    stored: 0,
    refused: 0,
    duplicates: 0,
    problems: [],
    problemsNotKept: 0,
    refusedColumns: [],
  };
  const batchWrite = await batches(store).toRowWrite(id, payload);
  const fileWrite = attachmentWrite(store, { table: personalInformationImportLedger.table, id }, { slot: importSourcePurpose, file }, plan.now);
  await store.writeRows([batchWrite, fileWrite], { action: 'record-created', table: personalInformationImportLedger.table, recordId: id });
  return id;
}

/** The ids of the batch's kept source file (none once it ended). */
async function sourceFiles(store: WorkspaceStore, batchId: string): Promise<Readonly<{ id: string; body: Uint8Array }>[]> {
  const found = await store.findBy('attachments', '[ownerTable+ownerId]', [personalInformationImportLedger.table, batchId]);
  return found.rows.filter((row) => (row.fields as { purpose?: unknown } | null)?.purpose === importSourcePurpose).map((row) => ({ id: row.id, body: row.body }));
}

/** Batches still running: cut short by a closed page, a lock or a crash. */
export async function unfinishedImports(store: WorkspaceStore): Promise<string[]> {
  return store.idsWhere(personalInformationImportLedger.table, 'status', 'running');
}

export type RunOptions = Readonly<{ reader: TableReader; signal?: AbortSignal; onProgress?: (counts: ImportCounts) => void; now: () => number; rowsPerWrite?: number }>;

/**
 * Runs (or resumes) an import: the reader (the worker) reads, checks and
 * seals the file's rows; here numbers the workspace already has are refused
 * as duplicates (by blind index, never by number) and the rest written, one
 * write at a time while the next rows are being sealed. A number this same
 * batch stored before the page was closed counts as stored and is not written
 * again. Cancelling removes what the batch stored. Ends with the batch's
 * counts and report, and the kept file dropped, in one transaction.
 */
export async function runImportBatch(store: WorkspaceStore, batchId: string, options: RunOptions): Promise<ImportBatchPayload> {
  const batch = await batches(store).get(batchId);
  if (batch === null) throw new AppError('storage/invalid-row');
  if (batch.payload.state !== 'running') return batch.payload;
  const [source] = await sourceFiles(store, batchId);
  if (source === undefined) throw new AppError('vault/record-unreadable');
  // 一(三)3: the scenarios as 场景变更申请 has them when the rows are read (a resumed import too).
  const scopeChanges = await createLedgerRepository(store, scopeChangeLedger).all();
  const plan: ImportPlan = { mapping: batch.payload.mapping, defaults: batch.payload.defaults, now: batch.payload.startedAt, scenarios: scenarioVocabulary(scopeChanges.records) };
  const phoneColumn = plan.mapping.find((entry) => entry.field === 'phone');
  const phoneLabel = phoneColumn === undefined ? '' : columnLabel(plan.mapping, phoneColumn.column);

  const known = new Set(await store.indexValues(table, 'phoneIndex'));
  const storedBefore = new Set(await store.indexValuesWhere(table, 'batchId', batchId, 'phoneIndex'));
  const problems: ImportProblem[] = [];
  let problemsNotKept = 0;
  const counts = { rowsDone: 0, totalRows: batch.payload.totalRows, stored: 0, refused: 0, duplicates: 0 };
  let inFlight: Promise<void> = Promise.resolve();

  const report = (chunkProblems: readonly ImportProblem[]) => {
    const rows = new Set<number>();
    const duplicateRows = new Set<number>();
    for (const problem of chunkProblems) {
      rows.add(problem.row);
      if (problem.reason === 'duplicate-in-file' || problem.reason === 'duplicate-in-workspace') duplicateRows.add(problem.row);
      if (problems.length < keptProblems) problems.push(problem);
      else problemsNotKept += 1;
    }
    counts.refused += rows.size;
    counts.duplicates += duplicateRows.size;
  };

  const keys = store.requireKeys();
  const iterator = options.reader.sieve(source.body, plan, { workspaceId: keys.workspaceId, generation: keys.generation, records: keys.records, blindIndex: keys.blindIndex }, batchId)[Symbol.asyncIterator]();
  let pending: StoredSealedRow[] = [];
  let writing = false;
  // One write at a time, while the worker reads, checks and seals what comes next.
  const startWrite = () => {
    const rows = pending;
    pending = [];
    writing = true;
    inFlight = store.addSealedRows(table, rows, { action: 'records-imported', table, recordId: batchId, count: rows.length }).then(() => {
      writing = false;
      counts.stored += rows.length;
      options.onProgress?.({ ...counts });
    });
    // Its failure is thrown where it is awaited, with a later write or at the end; until then it is not "unhandled".
    inFlight.catch(() => undefined);
  };
  const minimum = options.rowsPerWrite ?? firstWriteRows;
  const maximum = options.rowsPerWrite ?? rowsPerWrite;
  try {
    for (;;) {
      if (options.signal?.aborted === true) throw new ImportCancelled();
      const next = await iterator.next();
      if (next.done === true) {
        counts.totalRows = next.value.dataRows;
        await inFlight;
        if (pending.length > 0) startWrite();
        await inFlight;
        return await finish(store, batch.payload, batchId, source.id, { ...counts, problems, problemsNotKept, refusedColumns: next.value.refusedColumns }, options.now());
      }
      const chunk = next.value;
      const duplicates: ImportProblem[] = [];
      for (const { row, phoneIndex, stored } of chunk.sealed) {
        if (storedBefore.has(phoneIndex)) {
          counts.stored += 1;
          storedBefore.delete(phoneIndex);
        } else if (known.has(phoneIndex)) {
          duplicates.push({ row, column: phoneLabel, reason: 'duplicate-in-workspace' });
        } else {
          known.add(phoneIndex);
          pending.push(stored);
        }
      }
      report([...chunk.problems, ...duplicates].sort((a, b) => a.row - b.row));
      counts.rowsDone = chunk.rowsDone;
      options.onProgress?.({ ...counts });
      // The disk is kept busy from the first rows on; while it writes, the next write grows, up to a limit.
      if (!writing && pending.length >= minimum) startWrite();
      else if (pending.length >= maximum) {
        await inFlight;
        startWrite();
      }
    }
  } catch (error) {
    await iterator.return?.(undefined);
    await inFlight.catch(() => undefined);
    if (error instanceof ImportCancelled) return cancel(store, batch.payload, batchId, source.id, options.now());
    throw error;
  }
}

/** Thrown inside the run when its signal is aborted. */
class ImportCancelled extends Error {}

type Outcome = Pick<ImportBatchPayload, 'totalRows' | 'stored' | 'refused' | 'duplicates' | 'problems' | 'problemsNotKept' | 'refusedColumns'>;

async function finish(store: WorkspaceStore, payload: ImportBatchPayload, batchId: string, sourceId: string, outcome: Outcome, now: number): Promise<ImportBatchPayload> {
  const done: ImportBatchPayload = { ...payload, ...pick(outcome), state: 'done', finishedAt: now };
  const writes: RowWrite[] = [await batches(store).toRowWrite(batchId, done), { table: 'attachments', remove: sourceId }];
  await store.writeRows(writes, { action: 'record-updated', table: personalInformationImportLedger.table, recordId: batchId, count: outcome.stored });
  return done;
}

function pick(outcome: Outcome): Outcome {
  return {
    totalRows: outcome.totalRows,
    stored: outcome.stored,
    refused: outcome.refused,
    duplicates: outcome.duplicates,
    problems: outcome.problems,
    problemsNotKept: outcome.problemsNotKept,
    refusedColumns: outcome.refusedColumns,
  };
}

const removalChunk = 5_000;

/** Cancelling takes back every row the batch stored, then marks it cancelled and drops its file. */
async function cancel(store: WorkspaceStore, payload: ImportBatchPayload, batchId: string, sourceId: string, now: number): Promise<ImportBatchPayload> {
  await removeBatchRows(store, batchId);
  const cancelled: ImportBatchPayload = { ...payload, state: 'cancelled', finishedAt: now, stored: 0, refused: 0, duplicates: 0, problems: [], problemsNotKept: 0 };
  await store.writeRows([await batches(store).toRowWrite(batchId, cancelled), { table: 'attachments', remove: sourceId }], {
    action: 'record-updated',
    table: personalInformationImportLedger.table,
    recordId: batchId,
  });
  return cancelled;
}

/** Removes every row of a batch, in audited chunks. */
export async function removeBatchRows(store: WorkspaceStore, batchId: string): Promise<number> {
  const ids = await store.idsWhere(personalInformationLedger.table, 'batchId', batchId);
  for (let start = 0; start < ids.length; start += removalChunk) {
    const chunk = ids.slice(start, start + removalChunk);
    await store.removeRows(table, chunk, { action: 'record-deleted', table, recordId: batchId, count: chunk.length });
  }
  return ids.length;
}
