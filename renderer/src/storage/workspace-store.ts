import type { AuditActor, AuditVerification } from '@shared/audit/audit-chain';
import type { CryptoPort } from '@shared/crypto/crypto-port';
import { computeBlindIndex, type WorkspaceKeys } from '@shared/crypto/workspace-keys';
import { createRecordIdGenerator } from '@shared/encoding/record-id';
import { AppError } from '@shared/errors/app-error';
import type { SealedTableName, WorkspaceTableName } from '@shared/storage/workspace-schema';
import { AuditLog, isSameHead, readAuditHead, type AuditEvent } from './audit-log';
import { decodeRow, encodeRow, type IndexValues, type OpenedRow, type RecordInput } from './record-codec';
import { createSerialQueue } from './serial-queue';
import type { WorkspaceDb } from './workspace-db';

export type PageCursor = Readonly<{ key: string | number; id: string }>;
export type PageRequest = Readonly<{ index: string; after?: PageCursor | null; limit: number; direction: 'asc' | 'desc' }>;
export type Page = Readonly<{ rows: OpenedRow[]; next: PageCursor | null }>;

export type NewRecord<Fields> = Omit<RecordInput<Fields>, 'id'> & { id?: string };

/**
 * An unlocked workspace: every read opens sealed rows, every write seals them
 * and appends to the audit chain in the same transaction. Closing it drops
 * the keys; nothing decrypted is kept.
 */
export class WorkspaceStore {
  private readonly enqueue = createSerialQueue();
  private readonly audit: AuditLog;
  private readonly nextId: () => string;
  private closed = false;

  private constructor(
    readonly db: WorkspaceDb,
    private readonly port: CryptoPort,
    private keys: WorkspaceKeys | null,
    actor: AuditActor,
    private readonly now: () => number,
  ) {
    this.audit = new AuditLog(db, port, () => this.requireKeys(), actor, now);
    this.nextId = createRecordIdGenerator(now, (length) => port.randomBytes(length));
  }

  static async open(db: WorkspaceDb, port: CryptoPort, keys: WorkspaceKeys, actor: AuditActor, now: () => number): Promise<WorkspaceStore> {
    const store = new WorkspaceStore(db, port, keys, actor, now);
    await store.audit.load();
    return store;
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

  /** Writes rows and one audit entry atomically; the mutation may only use Dexie. */
  async writeWithAudit(tables: readonly WorkspaceTableName[], event: AuditEvent, mutate: () => Promise<void>): Promise<void> {
    this.requireKeys();
    await this.enqueue(async () => {
      for (let attempt = 0; ; attempt += 1) {
        const entry = await this.audit.prepare(event);
        const expected = this.audit.currentHead;
        try {
          await this.db.transaction('rw', [...new Set([...tables, 'audit', 'meta'])], async () => {
            if (!isSameHead(await readAuditHead(this.db), expected)) throw new AppError('storage/concurrent-write');
            await mutate();
            await this.audit.writeInTransaction(entry);
          });
          this.audit.advance(entry);
          return;
        } catch (error) {
          // Another window of the same workspace wrote first: take its head and chain after it.
          if (error instanceof AppError && error.code === 'storage/concurrent-write' && attempt < 3) {
            await this.audit.load();
            continue;
          }
          throw error instanceof AppError ? error : new AppError('storage/write-failed', { cause: error });
        }
      }
    });
  }

  /** Records an event that changes no row (unlock, backup…). */
  appendAudit(event: AuditEvent): Promise<void> {
    return this.writeWithAudit([], event, async () => undefined);
  }

  /** Creates or replaces one row; returns its id. */
  async putRecord<Fields>(table: SealedTableName, input: NewRecord<Fields>): Promise<string> {
    const id = input.id ?? this.newId();
    const stored = await encodeRow(this.port, this.requireKeys(), table, { ...input, id });
    const exists = input.id !== undefined && (await this.db[table].get(id)) !== undefined;
    await this.writeWithAudit([table], { action: exists ? 'record-updated' : 'record-created', table, recordId: id }, async () => {
      if (exists) await this.db[table].put(stored);
      else await this.db[table].add(stored);
    });
    return id;
  }

  /** Adds several new rows (for instance a record and its attachment) in one audited transaction. */
  async putRecords(entries: readonly { table: SealedTableName; input: RecordInput<unknown> }[], event: AuditEvent): Promise<void> {
    const keys = this.requireKeys();
    const sealed = await Promise.all(entries.map(({ table, input }) => encodeRow(this.port, keys, table, input)));
    const tables = [...new Set(entries.map((entry) => entry.table))];
    await this.writeWithAudit(tables, event, async () => {
      for (const [index, entry] of entries.entries()) await this.db[entry.table].add(sealed[index]!);
    });
  }

  async getRecord(table: SealedTableName, id: string): Promise<OpenedRow | null> {
    const keys = this.requireKeys();
    const stored = await this.db[table].get(id);
    return stored === undefined ? null : decodeRow(this.port, keys, table, stored);
  }

  async deleteRecord(table: SealedTableName, id: string): Promise<void> {
    await this.writeWithAudit([table], { action: 'record-deleted', table, recordId: id }, async () => {
      await this.db[table].delete(id);
    });
  }

  /** Keyset pagination over a `[field+id]` index: a page deep in the table costs what the first does. */
  async page(table: SealedTableName, request: PageRequest): Promise<Page> {
    const keys = this.requireKeys();
    const source = this.db[table];
    const after = request.after;
    const collection =
      after === undefined || after === null
        ? source.orderBy(request.index)
        : request.direction === 'desc'
          ? source.where(request.index).below([after.key, after.id])
          : source.where(request.index).above([after.key, after.id]);
    const stored = await (request.direction === 'desc' ? collection.reverse() : collection).limit(request.limit).toArray();
    const rows = await Promise.all(stored.map((row) => decodeRow(this.port, keys, table, row)));
    const field = request.index.slice(1, request.index.indexOf('+'));
    const last = rows[rows.length - 1];
    const next = rows.length === request.limit && last !== undefined ? { key: last.index[field] ?? 0, id: last.id } : null;
    return { rows, next };
  }

  /** Rows whose clear index field equals the value (blind indexes, statuses, owner ids). */
  async findBy(table: SealedTableName, field: string, value: string | number | readonly (string | number)[]): Promise<OpenedRow[]> {
    const keys = this.requireKeys();
    const stored = await this.db[table].where(field).equals(value as string).toArray();
    return Promise.all(stored.map((row) => decodeRow(this.port, keys, table, row)));
  }

  async count(table: WorkspaceTableName): Promise<number> {
    return this.db[table].count();
  }

  verifyAudit(): Promise<AuditVerification> {
    this.requireKeys();
    return this.audit.verify();
  }

  /** Locks: the keys are dropped and the database closed. */
  close(): void {
    this.closed = true;
    this.keys = null;
    this.db.close();
  }
}

export type { IndexValues, OpenedRow, RecordInput };
