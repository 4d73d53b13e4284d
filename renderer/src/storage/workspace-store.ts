import type { AuditActor, AuditChainResult, AuditRowMark, AuditVerification } from '@shared/audit/audit-chain';
import type { CryptoPort } from '@shared/crypto/crypto-port';
import { sealedRowTag } from '@shared/crypto/record-envelope';
import { computeBlindIndex, type WorkspaceKeys } from '@shared/crypto/workspace-keys';
import { createRecordIdGenerator } from '@shared/encoding/record-id';
import { AppError } from '@shared/errors/app-error';
import { workspaceTableNames, type SealedTableName, type StoredSealedRow, type WorkspaceTableName } from '@shared/storage/workspace-schema';
import { AuditLog, readStoredAuditHead, type AnchorMirror, type AuditEvent } from './audit-log';
import { runAuditedTransaction, type EntrySigning } from './audited-transaction';
import { decodeRow, encodeRow, type IndexValues, type OpenedRow, type RecordInput } from './record-codec';
import { pagesOfTable } from './row-pages';
import { isSealedBefore, openRows, readPage, type Found, type PageCursor, type PageRequest } from './store-reads';
import { createSerialQueue } from './serial-queue';
import type { WorkspaceDb } from './workspace-db';

/** A page of rows; rows that would not open (altered, copied from elsewhere) are counted, not shown. */
export type Page = Readonly<{ rows: OpenedRow[]; unreadable: number; next: PageCursor | null }>;
export type { Found, PageCursor, PageRequest };

export type NewRecord<Fields> = Omit<RecordInput<Fields>, 'id'> & { id?: string };

/** One row to write in a multi-row change: a new or replaced row, or a removal. */
export type RowWrite = Readonly<{ table: SealedTableName; input: RecordInput<unknown> }> | Readonly<{ table: SealedTableName; remove: string }>;

/** How a store is opened beyond its keys. */
export type StoreOptions = Readonly<{
  /** During a key rotation: the keys of the generation before, to open rows not yet sealed again. */
  previousKeys?: WorkspaceKeys | null;
  /** The registry's copy of the signed head of the audit log. */
  anchorMirror?: AnchorMirror | null;
}>;

/** A change of the `meta` table written with rows (a rotation's progress). */
export type MetaWrite = Readonly<{ key: string; value: unknown }>;

/** What changed, announced after each committed write: screens that show these tables read them again. */
export type StoreChange = Readonly<{ tables: readonly string[]; recordIds: readonly string[] | 'many' }>;

/**
 * An unlocked workspace: every read opens sealed rows, every write seals them
 * and appends to the audit chain in the same transaction, then announces the
 * change. Closing it drops the keys; nothing decrypted is kept. Only the
 * storage folder sees the database; everything else uses these methods.
 */
export class WorkspaceStore {
  private readonly enqueue = createSerialQueue();
  private readonly audit: AuditLog;
  private readonly nextId: () => string;
  private readonly listeners = new Set<(change: StoreChange) => void>();
  private closed = false;
  private previousKeys: WorkspaceKeys | null;

  private constructor(
    private readonly db: WorkspaceDb,
    private readonly port: CryptoPort,
    private keys: WorkspaceKeys | null,
    actor: AuditActor,
    private readonly now: () => number,
    options: StoreOptions,
  ) {
    this.previousKeys = options.previousKeys ?? null;
    this.audit = new AuditLog(db, port, () => this.requireKeys(), actor, now, options.anchorMirror ?? null);
    this.nextId = createRecordIdGenerator(now, (length) => port.randomBytes(length));
  }

  static async open(db: WorkspaceDb, port: CryptoPort, keys: WorkspaceKeys, actor: AuditActor, now: () => number, options: StoreOptions = {}): Promise<WorkspaceStore> {
    const store = new WorkspaceStore(db, port, keys, actor, now, options);
    await store.audit.load();
    return store;
  }

  /** How this session was unlocked (a recovery code, say, may set a new passphrase without the old one). */
  get unlockedWith(): AuditActor {
    return this.audit.actor;
  }

  /** During a key rotation, the keys of the generation being replaced; otherwise null. */
  get rotatingFrom(): WorkspaceKeys | null {
    return this.closed ? null : this.previousKeys;
  }

  get workspaceId(): string {
    return this.requireKeys().workspaceId;
  }

  get cryptoPort(): CryptoPort {
    return this.port;
  }

  /** The working keys; throws `vault/locked` once the store is closed. */
  requireKeys(): WorkspaceKeys {
    if (this.keys === null || this.closed) throw new AppError('vault/locked');
    return this.keys;
  }

  /** A new record id, ordered by creation time. */
  newId(): string {
    return this.nextId();
  }

  /** Blind index of a normalised phone number in this workspace. */
  phoneIndex(normalizedPhone: string): Promise<string> {
    return computeBlindIndex(this.port, this.requireKeys(), 'phone', normalizedPhone);
  }

  /** Listens to committed changes; returns the function that stops listening. */
  onChange(listener: (change: StoreChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The single write path: rows and one audit entry atomically, then the
   * change is announced. The mutation gets the database and may only use it.
   */
  private async write(
    tables: readonly WorkspaceTableName[],
    event: AuditEvent,
    mutate: (db: WorkspaceDb) => Promise<void>,
    recordIds: StoreChange['recordIds'],
    marks: readonly AuditRowMark[] = [],
  ): Promise<void> {
    this.requireKeys();
    await this.enqueue(() => this.writeNow(tables, event, mutate, marks));
    const change = { tables: tables.filter((table) => table !== 'meta'), recordIds };
    if (change.tables.length > 0) for (const listener of this.listeners) listener(change);
  }

  // Inside the queue: one audited transaction.
  private writeNow(
    tables: readonly WorkspaceTableName[],
    event: AuditEvent,
    mutate: (db: WorkspaceDb) => Promise<void>,
    marks: readonly AuditRowMark[],
    signing: EntrySigning | null = null,
  ): Promise<void> {
    return runAuditedTransaction(this.db, this.audit, this.requireKeys(), { tables, event, marks, mutate }, signing);
  }

  /** Records an event that changes no row (unlock, backup…). */
  appendAudit(event: AuditEvent): Promise<void> {
    return this.write([], event, async () => undefined, []);
  }

  /** Creates or replaces one row; returns its id. */
  async putRecord<Fields>(table: SealedTableName, input: NewRecord<Fields>): Promise<string> {
    const id = input.id ?? this.newId();
    const exists = input.id !== undefined && (await this.db[table].get(id)) !== undefined;
    await this.writeRows([{ table, input: { ...input, id } }], { action: exists ? 'record-updated' : 'record-created', table, recordId: id });
    return id;
  }

  /** Adds several new rows (for instance a record and its attachment) in one audited transaction. */
  putRecords(entries: readonly { table: SealedTableName; input: RecordInput<unknown> }[], event: AuditEvent): Promise<void> {
    return this.writeRows(entries, event);
  }

  /** Writes and removes rows of several tables in one audited transaction (a leak's reset and its credential's rotation). */
  async writeRows(writes: readonly RowWrite[], event: AuditEvent): Promise<void> {
    const keys = this.requireKeys();
    const sealed = await Promise.all(writes.map((write) => ('input' in write ? encodeRow(this.port, keys, write.table, write.input) : Promise.resolve(null))));
    const tables = [...new Set(writes.map((write) => write.table))];
    const ids = writes.map((write) => ('input' in write ? write.input.id : write.remove));
    const marks = writes.map((write, index): AuditRowMark => ('input' in write ? markOf(write.table, sealed[index]!) : [write.table, write.remove, null]));
    await this.write(
      tables,
      event,
      async (db) => {
        for (const [index, write] of writes.entries()) {
          const row = sealed[index];
          if ('remove' in write) await db[write.table].delete(write.remove);
          else if (row !== null && row !== undefined) await db[write.table].put(row);
        }
      },
      ids,
      marks,
    );
  }

  /** Adds rows already sealed (an import's batch) under one audit entry. */
  async addSealedRows(table: SealedTableName, rows: readonly StoredSealedRow[], event: AuditEvent): Promise<void> {
    await this.write([table], event, async (db) => {
      await db[table].bulkAdd(rows);
    }, rows.length > 200 ? 'many' : rows.map((row) => row.id), rows.map((row) => markOf(table, row)));
  }

  /**
   * Puts rows already sealed under the current key in place of the same rows
   * (a key rotation's batch), with a change of `meta` (its progress), in one
   * audited transaction.
   */
  async replaceSealedRows(table: SealedTableName, rows: readonly StoredSealedRow[], meta: MetaWrite, event: AuditEvent): Promise<void> {
    await this.write([table, 'meta'], event, async (db) => {
      await db[table].bulkPut(rows);
      await db.meta.put({ key: meta.key, value: meta.value });
    }, 'many', rows.map((row) => markOf(table, row)));
  }

  /** One row, opened; null when there is none; throws `vault/record-unreadable` for an altered one. */
  async getRecord(table: SealedTableName, id: string): Promise<OpenedRow | null> {
    const keys = this.requireKeys();
    const stored = await this.db[table].get(id);
    return stored === undefined ? null : decodeRow(this.port, { current: keys, previous: this.previousKeys }, table, stored);
  }

  async deleteRecord(table: SealedTableName, id: string): Promise<void> {
    await this.writeRows([{ table, remove: id }], { action: 'record-deleted', table, recordId: id });
  }

  /** Keyset pagination over a `[field+id]` index: a page deep in the table costs what the first does. */
  async page(table: SealedTableName, request: PageRequest): Promise<Page> {
    const { stored, next } = await readPage(this.db, table, request);
    return { ...(await this.openAll(table, stored)), next };
  }

  /** Rows whose clear index field equals the value (blind indexes, statuses, owner ids). */
  async findBy(table: SealedTableName, field: string, value: string | number | readonly (string | number)[]): Promise<Found> {
    const stored = await this.db[table].where(field).equals(value as string).toArray();
    return this.openAll(table, stored);
  }

  /** Rows whose clear index field is one of the values. */
  async findAnyOf(table: SealedTableName, field: string, values: readonly (string | number)[]): Promise<Found> {
    const stored = await this.db[table].where(field).anyOf(values as (string | number)[]).toArray();
    return this.openAll(table, stored);
  }

  /** Every row of a table, opened (small ledgers only: credentials, incidents…). */
  async readAll(table: SealedTableName): Promise<Found> {
    return this.openAll(table, await this.db[table].toArray());
  }

  async count(table: WorkspaceTableName): Promise<number> {
    return this.db[table].count();
  }

  /** How many rows of a table were sealed under a schema version older than `version` (for migrations). */
  async countSealedBefore(table: SealedTableName, version: number, skip: ReadonlySet<string>): Promise<number> {
    return this.db[table].filter((row) => isSealedBefore(row, version, skip)).count();
  }

  /** Rows sealed under a schema version older than `version`, up to `limit`, opened; `unreadableIds` are those that would not open. */
  async rowsSealedBefore(table: SealedTableName, version: number, limit: number, skip: ReadonlySet<string>): Promise<Readonly<{ rows: OpenedRow[]; unreadableIds: string[] }>> {
    const stored = await this.db[table].filter((row) => isSealedBefore(row, version, skip)).limit(limit).toArray();
    const { rows } = await this.openAll(table, stored);
    const opened = new Set(rows.map((row) => row.id));
    return { rows, unreadableIds: stored.map((row) => String(row['id'])).filter((id) => !opened.has(id)) };
  }

  /** Seals rows under a migration's schema version and removes the rows they replace, in one audited transaction. */
  async migrateRows(writes: readonly { table: SealedTableName; input: RecordInput<unknown> }[], removals: readonly { table: SealedTableName; id: string }[], version: number, event: AuditEvent): Promise<void> {
    const keys = this.requireKeys();
    const sealed = await Promise.all(writes.map((write) => encodeRow(this.port, keys, write.table, write.input, version)));
    const tables = [...new Set([...writes.map((write) => write.table), ...removals.map((removal) => removal.table)])];
    const marks: AuditRowMark[] = [
      ...removals.map((removal): AuditRowMark => [removal.table, removal.id, null]),
      ...writes.map((write, index) => markOf(write.table, sealed[index]!)),
    ];
    await this.write(tables, event, async (db) => {
      for (const removal of removals) await db[removal.table].delete(removal.id);
      for (const [index, write] of writes.entries()) await db[write.table].put(sealed[index]!);
    }, 'many', marks);
  }

  /** A value of the clear `meta` table (key file, schema version). */
  async readMeta(key: string): Promise<unknown> {
    const row = (await this.db.meta.get(key)) as { value?: unknown } | undefined;
    return row?.value;
  }

  /** Replaces a value of the `meta` table under an audit entry. */
  async writeMeta(key: string, value: unknown, event: AuditEvent): Promise<void> {
    await this.write(['meta'], event, async (db) => {
      await db.meta.put({ key, value });
    }, []);
  }

  /** Every row of every table as stored (sealed rows stay sealed), in backup order, in one read transaction. */
  async readEveryRow(onRow: (table: WorkspaceTableName, row: Record<string, unknown>) => void): Promise<void> {
    this.requireKeys();
    await this.db.transaction('r', workspaceTableNames, async () => {
      for (const table of workspaceTableNames) await this.db[table].each((row) => onRow(table, row));
    });
  }

  /** Checks the audit log and every row against it, with writes held so that both are one picture. */
  verifyAudit(): Promise<AuditVerification> {
    this.requireKeys();
    return this.enqueue(() => this.audit.verify());
  }

  /**
   * Runs a task while no write can start (a backup reads every table page
   * by page and must see one state). The task gets a reader of stored rows.
   */
  holdingWrites<T>(task: (reader: StoredRowReader) => Promise<T>): Promise<T> {
    this.requireKeys();
    return this.enqueue(() =>
      task({
        pages: (table) => pagesOfTable(this.db, table),
        auditHead: () => readStoredAuditHead(this.db),
      }),
    );
  }

  /** Stored rows of a table in id order, page by page (a rotation walks them); writes may come between pages. */
  storedPages(table: SealedTableName, after?: string): AsyncGenerator<Record<string, unknown>[]> {
    this.requireKeys();
    return pagesOfTable(this.db, table, undefined, after);
  }

  /** Opens a stored row with the keys of its generation (the current one, or during a rotation the one before). */
  openStoredRow(table: SealedTableName, stored: unknown): Promise<OpenedRow> {
    return decodeRow(this.port, { current: this.requireKeys(), previous: this.previousKeys }, table, stored);
  }

  /**
   * Switches to a new data key: checks the whole log under the old key and
   * pins it with the first entry under the new one, written together with
   * the new key file. From then on rows are sealed, and the log signed,
   * with the new key; rows of the old one still open until sealed again.
   */
  async beginKeyRotation(keyFile: MetaWrite, next: WorkspaceKeys, event: AuditEvent): Promise<void> {
    const current = this.requireKeys();
    await this.enqueue(async () => {
      const chain: AuditChainResult = await this.audit.checkChain(current, true);
      if (!chain.verification.ok || chain.last === null) throw new AppError('vault/audit-broken');
      const pin = { seq: chain.last.seq, digest: chain.digest };
      await this.writeNow(['meta'], event, async (db) => {
        await db.meta.put({ key: keyFile.key, value: keyFile.value });
      }, [], { keys: next, pin });
      this.previousKeys = current;
      this.keys = next;
    });
  }

  /** Ends a key rotation: the key file without the old key (and its progress cleared), and the old keys dropped. */
  async finishKeyRotation(writes: readonly MetaWrite[], event: AuditEvent): Promise<void> {
    await this.write(['meta'], event, async (db) => {
      for (const write of writes) await db.meta.put({ key: write.key, value: write.value });
    }, []);
    this.previousKeys = null;
  }

  /** Locks: the keys are dropped and the database closed. */
  close(): void {
    this.closed = true;
    this.keys = null;
    this.previousKeys = null;
    this.listeners.clear();
    this.db.close();
  }

  private openAll(table: SealedTableName, stored: readonly unknown[]): Promise<Found> {
    return openRows(this.port, { current: this.requireKeys(), previous: this.previousKeys }, table, stored);
  }
}

/** What reads a consistent picture of the store while writes are held. */
export type StoredRowReader = Readonly<{
  pages(table: WorkspaceTableName): AsyncGenerator<Record<string, unknown>[]>;
  /** The signed head of the audit log as stored. */
  auditHead(): Promise<unknown>;
}>;

function markOf(table: SealedTableName, row: StoredSealedRow): AuditRowMark {
  return [table, row.id, sealedRowTag(row.sealed)];
}

export type { IndexValues, OpenedRow, RecordInput };
