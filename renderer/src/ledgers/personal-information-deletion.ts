import { AppError } from '@shared/errors/app-error';
import type { Host } from '@shared/ipc/host';
import { personalInformationLedger } from '@shared/ledgers/definitions/personal-information.ledger';
import {
  deletionStateOf,
  personalInformationDeletionLedger,
  type DeletionDone,
  type ServiceEndPayload,
  scenarioCountsSchema,
  type ScenarioCounts,
  type ServiceEndScope,
} from '@shared/ledgers/definitions/personal-information-deletion.ledger';
import { agreedScenarios } from '@shared/ledgers/scenario-id';
import type { LedgerRecord } from '@shared/ledgers/ledger-definition';
import { beginSnapshotOrNull } from '@renderer/host/file-streams';
import { t } from '@renderer/i18n/t';
import { saveCheckedBackup } from '@renderer/storage/backup-save';
import { recordBackupSaved } from '@renderer/storage/backup-writer';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';
import { createLedgerRepository } from './ledger-repository';

const people = (store: WorkspaceStore) => createLedgerRepository(store, personalInformationLedger);
const serviceEnds = (store: WorkspaceStore) => createLedgerRepository(store, personalInformationDeletionLedger);
const table = 'personalInformation' as const;

export type ServiceEndRequest = Readonly<{ scope: ServiceEndScope; targetId: string; targetLabel: string; endedAt: number; reason: string }>;

/**
 * Records that the service ended for one number, one import batch or every
 * number (一(一)3): the deletion is then due within 15 working days, on 首页
 * and in reminders. A second end for the same target while the first is not
 * done returns the first.
 */
export async function endService(store: WorkspaceStore, request: ServiceEndRequest): Promise<string> {
  const open = await openServiceEnds(store);
  const same = open.find((record) => record.payload.scope === request.scope && record.payload.targetId === request.targetId);
  if (same !== undefined) return same.id;
  return serviceEnds(store).add({ ...request, deletion: null });
}

/**
 * The service of the letter ended (二(一)): every personal-information record
 * is no longer needed, and its deletion falls due. For the "service ended"
 * action of the letter; returns the service-end record's id (the open one,
 * if every record's service has ended already).
 */
export function endServiceForAllPersonalInformation(store: WorkspaceStore, at: number, reason = t('deletion.end.letterReason')): Promise<string> {
  return endService(store, { scope: 'all', targetId: '', targetLabel: '', endedAt: at, reason });
}

/** Service ends whose deletion is not complete yet. */
export async function openServiceEnds(store: WorkspaceStore): Promise<LedgerRecord<ServiceEndPayload>[]> {
  const found = await serviceEnds(store).all();
  return found.records.filter((record) => deletionStateOf(record.payload) !== 'done');
}

/** The open service end that covers a record: its own, its batch's, or every record's; null when none does. */
export async function serviceEndCovering(store: WorkspaceStore, record: Readonly<{ id: string; batchId: string }>): Promise<LedgerRecord<ServiceEndPayload> | null> {
  const open = await openServiceEnds(store);
  return (
    open.find(
      ({ payload }) =>
        payload.scope === 'all' || (payload.scope === 'record' && payload.targetId === record.id) || (payload.scope === 'batch' && record.batchId !== '' && payload.targetId === record.batchId),
    ) ?? null
  );
}

async function idsInScope(store: WorkspaceStore, payload: ServiceEndPayload): Promise<string[]> {
  switch (payload.scope) {
    case 'record':
      return (await store.getRecord(table, payload.targetId)) === null ? [] : [payload.targetId];
    case 'batch':
      return store.idsWhere(table, 'batchId', payload.targetId);
    case 'all':
      // ':id' is the primary key: every id, no row opened.
      return (await store.indexValues(table, ':id')).map(String);
    default: {
      const unreachable: never = payload.scope;
      return unreachable;
    }
  }
}

/**
 * How many records of each scenario are about to go, a consented new one
 * (一(三)3) included: the deletion record keeps the counts, never the numbers.
 */
async function countByScenario(store: WorkspaceStore, ids: readonly string[], onProgress: (done: number) => void): Promise<ScenarioCounts> {
  const counts: Record<string, number> = Object.fromEntries(agreedScenarios.map((scenario) => [scenario, 0]));
  const repository = people(store);
  for (let start = 0; start < ids.length; start += 500) {
    const records = await Promise.all(ids.slice(start, start + 500).map((id) => repository.get(id).catch(() => null)));
    for (const record of records) if (record !== null) counts[record.payload.scenario] = (counts[record.payload.scenario] ?? 0) + 1;
    onProgress(Math.min(ids.length, start + 500));
  }
  return scenarioCountsSchema.parse(counts);
}

export type DeletionProgress = Readonly<{ step: 'counting' | 'deleting' | 'snapshots'; done: number; total: number }>;
export type DeletionContext = Readonly<{ host: Host; label: string; appVersion: string; now: () => number; onProgress?: (progress: DeletionProgress) => void }>;

const removalChunk = 5_000;

/**
 * 彻底删除 (一(一)3): removes every record the service end covers, with its
 * consent evidence, leaving the service-end record as the deletion record
 * (date, count per scenario, who did it, the backups made before). The
 * desktop app's automatic snapshots still hold the data, so a new snapshot
 * then replaces them all; only after that is the deletion complete. Each
 * step is written before the next starts, so a deletion cut short goes on
 * where it stopped.
 */
export async function deletePersonalInformation(store: WorkspaceStore, serviceEndId: string, executedBy: string, context: DeletionContext): Promise<ServiceEndPayload> {
  const repository = serviceEnds(store);
  const record = await repository.get(serviceEndId);
  if (record === null) throw new AppError('storage/invalid-row');
  let payload = record.payload;
  const report = context.onProgress ?? (() => undefined);

  if (payload.deletion === null) {
    const ids = await idsInScope(store, payload);
    const byScenario = await countByScenario(store, ids, (done) => report({ step: 'counting', done, total: ids.length }));
    const at = context.now();
    const backupsBefore = (await store.auditTimes('backup-created')).filter((time) => time <= at);
    const snapshots = await context.host.snapshots.status({ workspaceId: store.workspaceId });
    const kept = snapshots.ok && snapshots.value.supported;
    const deletion: DeletionDone = { at, count: ids.length, byScenario, executedBy, rowsRemoved: false, backupsBefore, snapshots: kept ? 'pending' : 'not-kept', completedAt: null };
    payload = { ...payload, deletion };
    await repository.update(serviceEndId, payload);
  }

  // Rows still in scope (all of them, or what a run cut short left) go now.
  // The evidence goes first: a run cut short between the two still finds the rows, and so their evidence.
  const remaining = await idsInScope(store, payload);
  const evidence = await evidenceOf(store, new Set(remaining));
  if (evidence.length > 0) await store.removeRows('attachments', evidence, { action: 'attachment-deleted', table, recordId: serviceEndId, count: evidence.length });
  for (let start = 0; start < remaining.length; start += removalChunk) {
    const chunk = remaining.slice(start, start + removalChunk);
    await store.removeRows(table, chunk, { action: 'record-deleted', table, recordId: serviceEndId, count: chunk.length });
    report({ step: 'deleting', done: start + chunk.length, total: remaining.length });
  }
  if (payload.deletion !== null && !payload.deletion.rowsRemoved) {
    payload = { ...payload, deletion: { ...payload.deletion, rowsRemoved: true } };
    await repository.update(serviceEndId, payload);
  }
  return completeDeletion(store, serviceEndId, payload, context);
}

/** The consent evidence kept with any of the records. */
async function evidenceOf(store: WorkspaceStore, ids: ReadonlySet<string>): Promise<string[]> {
  if (ids.size === 0) return [];
  const files = await store.indexEntriesBetween('attachments', '[ownerTable+ownerId]', [table, ''], [table, '\uffff']);
  return files.filter((file) => Array.isArray(file.key) && ids.has(String(file.key[1]))).map((file) => file.id);
}

/** The last step: replace the automatic snapshots (desktop), then mark the deletion complete. */
export async function completeDeletion(store: WorkspaceStore, serviceEndId: string, payload: ServiceEndPayload, context: DeletionContext): Promise<ServiceEndPayload> {
  const deletion = payload.deletion;
  if (deletion === null || deletion.completedAt !== null) return payload;
  if (deletion.snapshots === 'pending') {
    context.onProgress?.({ step: 'snapshots', done: 0, total: 1 });
    // Streamed like every snapshot, checked as it is written; the older ones go only once it is whole.
    const target = await beginSnapshotOrNull(context.host, store.workspaceId, 'replace-older');
    if (target === null) throw new AppError('backup/verify-failed');
    await saveCheckedBackup(store, { label: context.label, appVersion: context.appVersion, now: context.now() }, target);
    await recordBackupSaved(store);
  }
  const done: ServiceEndPayload = { ...payload, deletion: { ...deletion, snapshots: deletion.snapshots === 'pending' ? 'replaced' : deletion.snapshots, completedAt: context.now() } };
  await serviceEnds(store).update(serviceEndId, done);
  return done;
}
