/** What a restore brought back, handed from the restore screen to the unlock screen in the location state. */
export type RestoredSummary = Readonly<{ label: string; rows: number; backupCreatedAt: number; safetyNote?: string }>;

/** The location state that carries a restore's summary. */
export function restoredState(summary: RestoredSummary): { restored: RestoredSummary } {
  return { restored: summary };
}

/** The summary in a location state, or null when the screen was not opened by a restore. */
export function restoredSummaryOf(state: unknown): RestoredSummary | null {
  if (typeof state !== 'object' || state === null || !('restored' in state)) return null;
  const restored = state.restored;
  if (typeof restored !== 'object' || restored === null) return null;
  const { label, rows, backupCreatedAt, safetyNote } = restored as Record<string, unknown>;
  if (typeof label !== 'string' || typeof rows !== 'number' || typeof backupCreatedAt !== 'number') return null;
  return typeof safetyNote === 'string' ? { label, rows, backupCreatedAt, safetyNote } : { label, rows, backupCreatedAt };
}
