import { chainAuditEntry, verifyAuditChain, type AuditActor, type AuditAction, type AuditEntry, type AuditVerification } from '@shared/audit/audit-chain';
import type { CryptoPort } from '@shared/crypto/crypto-port';
import type { WorkspaceKeys } from '@shared/crypto/workspace-keys';
import type { WorkspaceDb } from './workspace-db';

/** The meta row holding the last entry's seq and hash (it catches a cut-off tail). */
export const auditHeadKey = 'auditHead';

export type AuditHead = Readonly<{ seq: number; hash: string }>;

export type AuditEvent = Readonly<{ action: AuditAction; table: string; recordId: string; count?: number }>;

/** True when two heads name the same entry (or both are empty). */
export function isSameHead(a: AuditHead | null, b: AuditHead | null): boolean {
  return a === null || b === null ? a === b : a.seq === b.seq && a.hash === b.hash;
}

/** Reads the stored head of the chain inside or outside a transaction. */
export async function readAuditHead(db: WorkspaceDb): Promise<AuditHead | null> {
  const row = (await db.meta.get(auditHeadKey)) as { value?: AuditHead } | undefined;
  return row?.value ?? null;
}

/**
 * The append-only, HMAC-chained log of every change. Entries are prepared
 * outside the transaction (WebCrypto cannot run inside one) from the head kept
 * in memory, and the transaction checks that head before writing.
 */
export class AuditLog {
  private head: AuditHead | null = null;

  constructor(
    private readonly db: WorkspaceDb,
    private readonly port: CryptoPort,
    private readonly getKeys: () => WorkspaceKeys,
    private readonly actor: AuditActor,
    private readonly now: () => number,
  ) {}

  async load(): Promise<void> {
    this.head = await readAuditHead(this.db);
  }

  get currentHead(): AuditHead | null {
    return this.head;
  }

  /** The next entry of the chain for this event; written by `writeInTransaction`. */
  async prepare(event: AuditEvent): Promise<AuditEntry> {
    return chainAuditEntry(this.port, this.getKeys().audit, this.head, {
      at: this.now(),
      action: event.action,
      table: event.table,
      recordId: event.recordId,
      actor: this.actor,
      count: event.count ?? 1,
    });
  }

  /** Inside a rw transaction over audit and meta: appends the entry and moves the head. */
  async writeInTransaction(entry: AuditEntry): Promise<void> {
    await this.db.audit.add(entry);
    await this.db.meta.put({ key: auditHeadKey, value: { seq: entry.seq, hash: entry.hash } });
  }

  /** After the transaction committed. */
  advance(entry: AuditEntry): void {
    this.head = { seq: entry.seq, hash: entry.hash };
  }

  /** Checks the whole chain in order; names the first entry that does not hold. */
  async verify(): Promise<AuditVerification> {
    const head = await readAuditHead(this.db);
    return verifyAuditChain(this.port, this.getKeys().audit, iterateAuditEntries(this.db), head);
  }
}

// Pages through the log so that verifying 100,000 entries never holds them all.
async function* iterateAuditEntries(db: WorkspaceDb, pageSize = 5_000): AsyncGenerator<unknown> {
  let after = 0;
  for (;;) {
    const page = await db.audit.where('seq').above(after).limit(pageSize).toArray();
    if (page.length === 0) return;
    yield* page;
    after = (page[page.length - 1] as { seq: number }).seq;
  }
}
