import { AppError } from '@shared/errors/app-error';
import type { OpenedFile } from '@shared/ipc/files.schema';
import { isBlindValue, orderField, type IndexValues, type LedgerDefinition, type LedgerRecord } from '@shared/ledgers/ledger-definition';
import type { Clock } from '@shared/obligations/obligation-engine';
import type { SealedTableName } from '@shared/storage/workspace-schema';
import type { OpenedRow, PageCursor, RecordInput, RowWrite, WorkspaceStore } from '@renderer/storage/workspace-store';
import { generatedDocumentRemovals } from '@renderer/documents/generated-documents';
import { attachmentWrite } from './attachments';

export type LedgerPage<Payload> = Readonly<{ records: LedgerRecord<Payload>[]; unreadable: number; next: PageCursor | null }>;
export type LedgerFound<Payload> = Readonly<{ records: LedgerRecord<Payload>[]; unreadable: number }>;
export type ClockReading = Readonly<{ clocks: Clock[]; unreadable: number }>;

/** A file to keep with a record, in one of its definition's attachment slots; the id may be chosen ahead. */
export type NewAttachment = Readonly<{ slot: string; file: OpenedFile; id?: string }>;

/**
 * The one repository of every ledger: add, update, remove, page, find and
 * read clocks, for any definition of the registry. Payloads are parsed by the
 * definition's schema before every write and after every read; the clear
 * index is derived from the payload by the definition, never written by hand.
 */
export function createLedgerRepository<Payload>(store: WorkspaceStore, definition: LedgerDefinition<Payload>) {
  const table = definition.table as SealedTableName;

  const toRecord = (row: OpenedRow): LedgerRecord<Payload> | null => {
    const raw = definition.codec === undefined ? row.fields : definition.codec.unpack(row.fields, row.index);
    const parsed = definition.payload.safeParse(raw);
    return parsed.success ? { id: row.id, payload: parsed.data, index: row.index } : null;
  };

  const readRows = (rows: readonly OpenedRow[], unreadable: number): LedgerFound<Payload> => {
    const records = rows.map(toRecord).filter((record): record is LedgerRecord<Payload> => record !== null);
    return { records, unreadable: unreadable + rows.length - records.length };
  };

  const clocksOf = (records: readonly LedgerRecord<Payload>[]): Clock[] =>
    definition.clocks === undefined ? [] : records.flatMap((record) => definition.clocks!({ id: record.id, index: record.index }));

  const repository = {
    definition,

    /** The sealed row a payload becomes: checked by the schema, its index derived (blind indexes computed). */
    async toRowWrite(id: string, payload: Payload): Promise<RowWrite & { input: RecordInput<unknown> }> {
      const parsed = definition.payload.safeParse(payload);
      if (!parsed.success) throw new AppError('storage/invalid-row', { cause: parsed.error });
      return { table, input: await repository.toValidatedRow(id, parsed.data) };
    },

    /**
     * The row of a payload an importer already checked with this same schema
     * (row by row, with its report): not parsed a second time, because an
     * import of 100,000 rows would pay for it twice.
     */
    async toValidatedRow(id: string, payload: Payload): Promise<RecordInput<unknown>> {
      const index: Record<string, string | number> = {};
      for (const [field, value] of Object.entries(definition.index(payload))) {
        index[field] = isBlindValue(value) ? await store.phoneIndex(value.value) : value;
      }
      return { id, index, fields: definition.codec === undefined ? payload : definition.codec.pack(payload) };
    },

    /** A new record with its files, in one audited transaction; returns its id. */
    async add(payload: Payload, attachments: readonly NewAttachment[] = [], now: number = Date.now()): Promise<string> {
      if (attachments.some((attachment) => !definition.attachments.some((slot) => slot.id === attachment.slot))) throw new AppError('storage/invalid-row');
      const id = store.newId();
      const writes: RowWrite[] = [await repository.toRowWrite(id, payload), ...attachments.map((attachment) => attachmentWrite(store, { table, id }, attachment, now))];
      await store.writeRows(writes, { action: 'record-created', table, recordId: id });
      return id;
    },

    /** Replaces a record's payload (audited). */
    async update(id: string, payload: Payload): Promise<void> {
      await store.writeRows([await repository.toRowWrite(id, payload)], { action: 'record-updated', table, recordId: id });
    },

    /** Removes a record, its files and their lines in the register of generated documents. */
    async remove(id: string): Promise<void> {
      const files = await store.findBy('attachments', '[ownerTable+ownerId]', [table, id]);
      const documents = await generatedDocumentRemovals(store, { table, id });
      await store.writeRows(
        [{ table, remove: id }, ...files.rows.map((file) => ({ table: 'attachments' as const, remove: file.id })), ...documents],
        { action: 'record-deleted', table, recordId: id },
      );
    },

    /** One record; null when there is none; throws `vault/record-unreadable` when it will not open. */
    async get(id: string): Promise<LedgerRecord<Payload> | null> {
      const row = await store.getRecord(table, id);
      if (row === null) return null;
      const record = toRecord(row);
      if (record === null) throw new AppError('vault/record-unreadable');
      return record;
    },

    /** A page, newest first by the definition's order; unreadable rows are counted, the others shown. */
    async page(after: PageCursor | null, limit = 50): Promise<LedgerPage<Payload>> {
      const page = await store.page(table, { index: definition.order, after, limit, direction: 'desc' });
      return { ...readRows(page.rows, page.unreadable), next: page.next };
    },

    /** Records whose clear index field equals the value, newest first. */
    async find(field: string, value: string | number | readonly (string | number)[]): Promise<LedgerFound<Payload>> {
      const found = await store.findBy(table, field, value);
      return newestFirst(readRows(found.rows, found.unreadable), definition);
    },

    /** Every record, newest first (small ledgers: search, pickers, filters). */
    async all(): Promise<LedgerFound<Payload>> {
      const found = await store.readAll(table);
      return newestFirst(readRows(found.rows, found.unreadable), definition);
    },

    /** The clocks this ledger feeds to the engine, from rows that open and parse. */
    async readClocks(): Promise<ClockReading> {
      if (definition.clocks === undefined) return { clocks: [], unreadable: 0 };
      const found =
        definition.clockRows === undefined ? await store.readAll(table) : await store.findAnyOf(table, definition.clockRows.field, definition.clockRows.values);
      const { records, unreadable } = readRows(found.rows, found.unreadable);
      return { clocks: clocksOf(records), unreadable };
    },

    /** The clocks of some records (after they changed); a record gone or unreadable has none. */
    async readClocksOf(ids: readonly string[]): Promise<ReadonlyMap<string, Clock[]>> {
      const result = new Map<string, Clock[]>();
      for (const id of ids) {
        const record = await repository.get(id).catch((error: unknown) => {
          if (error instanceof AppError && error.code === 'vault/record-unreadable') return null;
          throw error;
        });
        result.set(id, record === null ? [] : clocksOf([record]));
      }
      return result;
    },
  };
  return repository;
}

export type LedgerRepository<Payload> = ReturnType<typeof createLedgerRepository<Payload>>;

function newestFirst<Payload>(found: LedgerFound<Payload>, definition: LedgerDefinition<Payload>): LedgerFound<Payload> {
  const field = orderField(definition);
  const key = (record: LedgerRecord<Payload>) => record.index[field] ?? 0;
  const records = [...found.records].sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : a.id < b.id ? 1 : -1));
  return { records, unreadable: found.unreadable };
}

export type { IndexValues, LedgerRecord };
