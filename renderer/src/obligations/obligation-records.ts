import type { ObligationRecords } from '@shared/obligations/obligation-engine';
import type { RecurringObligationId } from '@shared/obligations/obligation-catalogue';
import type { SealedTableName } from '@shared/storage/workspace-schema';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';

type CompletionSource = Readonly<{ table: SealedTableName; index: string }>;

/** Where each duty's completions are recorded: the ledger table and its date index. */
export const completionSources: Record<RecurringObligationId | 'management-policy', CompletionSource> = {
  'credential-rotation': { table: 'credentialRotations', index: '[createdAt+id]' },
  training: { table: 'trainings', index: '[heldAt+id]' },
  'emergency-drill': { table: 'drills', index: '[heldAt+id]' },
  'self-inspection': { table: 'selfInspections', index: '[inspectedAt+id]' },
  'management-policy': { table: 'policies', index: '[createdAt+id]' },
};

/**
 * Everything the obligation engine needs, read from clear index values only:
 * no row is decrypted, so this stays fast at 100,000 records. Ledgers whose
 * screens do not exist yet (incidents, leaks, hazards, force majeure) have no
 * rows and contribute nothing.
 */
export async function loadObligationRecords(store: WorkspaceStore): Promise<ObligationRecords> {
  const db = store.db;
  const [latestLetter] = await db.letters.orderBy('[signedAt+id]').reverse().limit(1).keys();
  const completions: Partial<Record<RecurringObligationId | 'management-policy', number[]>> = {};
  for (const [id, source] of Object.entries(completionSources) as [RecurringObligationId | 'management-policy', CompletionSource][]) {
    const keys = await db[source.table].orderBy(source.index).keys();
    completions[id] = keys.map((key) => (key as unknown as [number, string])[0]);
  }
  const deletionRows = await db.personalInformation.where('status').anyOf('deletion-due', 'deleted').toArray();
  return {
    letter: latestLetter === undefined ? null : { signedAt: (latestLetter as unknown as [number, string])[0], serviceEndedAt: null },
    completions,
    deletions: deletionRows.flatMap((row) =>
      typeof row['deletionTriggeredAt'] === 'number'
        ? [{ id: String(row['id']), triggeredAt: row['deletionTriggeredAt'], deletedAt: typeof row['deletedAt'] === 'number' ? row['deletedAt'] : null }]
        : [],
    ),
    incidents: [],
    leaks: [],
    hazards: [],
    forceMajeure: [],
  };
}

/** Records that a recurring duty (or the policy) was done on a day, in its own ledger. */
export async function recordCompletion(store: WorkspaceStore, id: RecurringObligationId | 'management-policy', at: number, note: string): Promise<void> {
  const { table, index } = completionSources[id];
  const field = index.slice(1, index.indexOf('+'));
  const extra = table === 'credentialRotations' ? { credentialId: '' } : {};
  await store.putRecord(table, {
    index: { [field]: at, ...extra },
    fields: { obligation: id, note, recordedFrom: 'dashboard' },
  });
}
