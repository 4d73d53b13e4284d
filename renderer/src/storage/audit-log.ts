import {
  chainAuditEntry,
  checkRowAgainstLog,
  createAuditChainCheck,
  findMissingRow,
  signAuditAnchor,
  type AuditActor,
  type AuditAction,
  type AuditAnchor,
  type AuditChainResult,
  type AuditEntryV2,
  type AuditHead,
  type AuditRowMark,
  type AuditVerification,
} from '@shared/audit/audit-chain';
import type { CryptoPort } from '@shared/crypto/crypto-port';
import { sealedRowTag } from '@shared/crypto/record-envelope';
import { isSealedTableName, workspaceTableNames } from '@shared/storage/workspace-schema';
import { pagesOfTable } from './row-pages';
import type { WorkspaceKeys } from '@shared/crypto/workspace-keys';
import type { WorkspaceDb } from './workspace-db';

/** The meta row holding the signed head of the log (it catches a cut-off tail). */
export const auditHeadKey = 'auditHead';

export type { AuditHead };

export type AuditEvent = Readonly<{ action: AuditAction; table: string; recordId: string; count?: number }>;

/**
 * A second place for the signed head, outside the workspace's database (the
 * device registry): wiping or rolling back the database does not reach it.
 */
export type AnchorMirror = Readonly<{
  read(): Promise<unknown>;
  write(anchor: AuditAnchor): Promise<void>;
}>;

/** An entry ready to be written, with the signed head it makes. */
export type PreparedEntry = Readonly<{ entry: AuditEntryV2; anchor: AuditAnchor }>;

/** True when two heads name the same entry (or both are empty). */
export function isSameHead(a: AuditHead | null, b: AuditHead | null): boolean {
  return a === null || b === null ? a === b : a.seq === b.seq && a.hash === b.hash;
}

/** The stored head as it is (signed, or a first-release `{ seq, hash }`), for the checks. */
export async function readStoredAuditHead(db: WorkspaceDb): Promise<unknown> {
  const row = (await db.meta.get(auditHeadKey)) as { value?: unknown } | undefined;
  return row?.value ?? null;
}

/** Reads the stored head of the chain inside or outside a transaction. */
export async function readAuditHead(db: WorkspaceDb): Promise<AuditHead | null> {
  const value = (await readStoredAuditHead(db)) as Partial<AuditHead> | null;
  return value !== null && typeof value.seq === 'number' && typeof value.hash === 'string' ? { seq: value.seq, hash: value.hash } : null;
}

/**
 * The append-only, HMAC-chained log of every change. Entries are prepared
 * outside the transaction (WebCrypto cannot run inside one) from the head kept
 * in memory, and the transaction checks that head before writing. Each entry
 * names the rows it wrote by their tags, and the head is signed.
 */
export class AuditLog {
  private head: AuditHead | null = null;

  constructor(
    private readonly db: WorkspaceDb,
    private readonly port: CryptoPort,
    private readonly getKeys: () => WorkspaceKeys,
    readonly actor: AuditActor,
    private readonly now: () => number,
    private readonly mirror: AnchorMirror | null,
  ) {}

  async load(): Promise<void> {
    this.head = await readAuditHead(this.db);
  }

  get currentHead(): AuditHead | null {
    return this.head;
  }

  /** The next entry of the chain for this event and the rows it writes; written by `writeInTransaction`. */
  async prepare(event: AuditEvent, rows: readonly AuditRowMark[], pin: AuditEntryV2['pin'] = null, keys: WorkspaceKeys = this.getKeys()): Promise<PreparedEntry> {
    const entry = await chainAuditEntry(this.port, keys.audit, this.head, {
      at: this.now(),
      action: event.action,
      table: event.table,
      recordId: event.recordId,
      actor: this.actor,
      count: event.count ?? 1,
      k: keys.generation,
      rows,
      pin,
    });
    const anchor = await signAuditAnchor(this.port, keys.audit, keys.workspaceId, entry, keys.generation);
    return { entry, anchor };
  }

  /** Inside a rw transaction over audit and meta: appends the entry and moves the signed head. */
  async writeInTransaction(prepared: PreparedEntry): Promise<void> {
    await this.db.audit.add(prepared.entry);
    await this.db.meta.put({ key: auditHeadKey, value: prepared.anchor });
  }

  /**
   * After the transaction committed: the head moves, and its copy in the
   * registry follows. A copy that could not be written only lags behind,
   * which the check allows; it is reported on the console, never hidden.
   */
  async advance(prepared: PreparedEntry): Promise<void> {
    this.head = { seq: prepared.entry.seq, hash: prepared.entry.hash };
    await this.mirror?.write(prepared.anchor).catch((error: unknown) => {
      console.warn('[audit] registry copy of the head not written', error instanceof Error ? error.name : typeof error);
    });
  }

  /** Checks the whole chain in order against its head and the registry's copy; rows are compared by the store. */
  async checkChain(keys: WorkspaceKeys = this.getKeys(), digestAll = false): Promise<AuditChainResult> {
    const check = createAuditChainCheck(this.port, {
      workspaceId: keys.workspaceId,
      keyring: { generation: keys.generation, key: keys.audit },
      head: await readStoredAuditHead(this.db),
      anchors: this.mirror === null ? [] : [await this.mirror.read()],
      digestAll,
    });
    for await (const entry of iterateAuditEntries(this.db)) await check.add(entry);
    return check.finish();
  }

  /**
   * The chain, then every sealed row against it: a row must be what the last
   * entry that wrote it says (an older copy put back is not), a row the log
   * says is there must be there, and, in a log that marked every write, no
   * row may be there that it never wrote. The caller holds the writes.
   */
  async verify(): Promise<AuditVerification> {
    const chain = await this.checkChain();
    if (!chain.verification.ok) return chain.verification;
    const { count } = chain.verification;
    for (const table of workspaceTableNames.filter(isSealedTableName)) {
      for await (const page of pagesOfTable(this.db, table)) {
        for (const row of page) {
          const tag = row['sealed'] instanceof Uint8Array ? sealedRowTag(row['sealed']) : '';
          const problem = checkRowAgainstLog(chain.expected, chain.complete, table, String(row['id']), tag);
          if (problem !== null) return { ok: false, count, ...problem };
        }
      }
    }
    const missing = findMissingRow(chain.expected);
    return missing === null ? { ok: true, count } : { ok: false, count, ...missing };
  }
}

// Pages through the log so that verifying 100,000 entries never holds them all.
async function* iterateAuditEntries(db: WorkspaceDb, pageSize = 2_000): AsyncGenerator<unknown> {
  let after = 0;
  for (;;) {
    const page = await db.audit.where('seq').above(after).limit(pageSize).toArray();
    if (page.length === 0) return;
    yield* page;
    after = (page[page.length - 1] as { seq: number }).seq;
  }
}
