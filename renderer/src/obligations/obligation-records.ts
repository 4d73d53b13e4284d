import { clockDefinitions, ledgerDefinitionOfTable } from '@shared/ledgers/ledger-registry';
import type { Clock, ObligationInput } from '@shared/obligations/obligation-engine';
import type { StoreChange, WorkspaceStore } from '@renderer/storage/workspace-store';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import { listLetters } from '@renderer/signing/letters-repository';

/** Every ledger's clocks, by table and record, so that one changed record replaces only its own. */
export type ClockTables = ReadonlyMap<string, ReadonlyMap<string, readonly Clock[]>>;

export type ObligationSources = Readonly<{ letter: ObligationInput['letter']; clocks: ClockTables; unreadable: number }>;

/** The signed letter's dates (the newest letter; sealed values, verified by opening it). */
export async function loadLetterDates(store: WorkspaceStore): Promise<ObligationInput['letter']> {
  const [newest] = await listLetters(store);
  return newest === undefined ? null : { signedAt: newest.letter.signedAt, serviceEndedAt: newest.letter.serviceEndedAt ?? null };
}

async function loadTable(store: WorkspaceStore, table: string): Promise<Readonly<{ clocks: Map<string, Clock[]>; unreadable: number }>> {
  const definition = ledgerDefinitionOfTable(table);
  const clocks = new Map<string, Clock[]>();
  if (definition === null) return { clocks, unreadable: 0 };
  const reading = await createLedgerRepository(store, definition).readClocks();
  for (const clock of reading.clocks) {
    const list = clocks.get(clock.recordId);
    if (list === undefined) clocks.set(clock.recordId, [clock]);
    else list.push(clock);
  }
  return { clocks, unreadable: reading.unreadable };
}

/**
 * Everything the obligation engine reads: the letter's dates and every
 * ledger's clocks, each taken from a row that opened with the workspace's key
 * (so its clear index values are the ones sealed with it). Rows that do not
 * open count for nothing and are reported.
 */
export async function loadObligationSources(store: WorkspaceStore): Promise<ObligationSources> {
  const letter = await loadLetterDates(store);
  const clocks = new Map<string, ReadonlyMap<string, readonly Clock[]>>();
  let unreadable = 0;
  for (const definition of clockDefinitions()) {
    const loaded = await loadTable(store, definition.table);
    clocks.set(definition.table, loaded.clocks);
    unreadable += loaded.unreadable;
  }
  return { letter, clocks, unreadable };
}

/** True when a change can move a due date: the letter or a ledger that feeds clocks. */
export function affectsObligations(change: StoreChange): boolean {
  return change.tables.some((table) => table === 'letters' || clockDefinitions().some((definition) => definition.table === table));
}

/**
 * The sources after a change: only the records that changed are read again
 * (a whole table after an import), so the dashboard follows a write at once.
 */
export async function applyChange(store: WorkspaceStore, sources: ObligationSources, change: StoreChange): Promise<ObligationSources> {
  const letter = change.tables.includes('letters') ? await loadLetterDates(store) : sources.letter;
  const clocks = new Map(sources.clocks);
  for (const table of change.tables) {
    const definition = ledgerDefinitionOfTable(table);
    if (definition?.clocks === undefined) continue;
    if (change.recordIds === 'many') {
      clocks.set(table, (await loadTable(store, table)).clocks);
      continue;
    }
    const updated = new Map(clocks.get(table) ?? []);
    const read = await createLedgerRepository(store, definition).readClocksOf(change.recordIds);
    for (const [id, list] of read) {
      if (list.length === 0) updated.delete(id);
      else updated.set(id, list);
    }
    clocks.set(table, updated);
  }
  return { ...sources, letter, clocks };
}

/** The engine's input from the sources. */
export function toObligationInput(sources: ObligationSources): ObligationInput {
  const clocks: Clock[] = [];
  for (const table of sources.clocks.values()) for (const list of table.values()) for (const clock of list) clocks.push(clock);
  return { letter: sources.letter, clocks };
}
