import { z } from 'zod';
import { bytesToHex } from '../encoding/hex';
import { utf8 } from '../encoding/bytes';
import type { CryptoPort, KeyHandle } from '../crypto/crypto-port';

/** Kinds of change the audit log records. */
export const auditActions = [
  'workspace-created',
  'workspace-renamed',
  'workspace-restored',
  'passphrase-changed',
  'device-remembered',
  'device-forgotten',
  'unlocked',
  'backup-created',
  'record-created',
  'record-updated',
  'record-deleted',
  'records-imported',
  'records-migrated',
  'attachment-added',
  'attachment-deleted',
  'settings-changed',
] as const;

export type AuditAction = (typeof auditActions)[number];

/** How the person at the keyboard proved themselves; the audit's "who" without personal data. */
export type AuditActor = 'passphrase' | 'recovery-code' | 'device' | 'system';

/** One stored audit entry: no personal data, chained by HMAC to the one before. */
export const auditEntrySchema = z.object({
  seq: z.number().int().positive(),
  at: z.number().int().nonnegative(),
  action: z.enum(auditActions),
  table: z.string().max(40),
  recordId: z.string().max(64),
  actor: z.enum(['passphrase', 'recovery-code', 'device', 'system']),
  count: z.number().int().nonnegative(),
  prev: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});

export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type AuditEntryDraft = Omit<AuditEntry, 'seq' | 'prev' | 'hash'>;

/** The `prev` of the first entry. */
export const auditGenesis = '0'.repeat(64);

function canonicalBytes(entry: Omit<AuditEntry, 'hash'>): Uint8Array {
  return utf8(
    JSON.stringify([entry.seq, entry.at, entry.action, entry.table, entry.recordId, entry.actor, entry.count, entry.prev]),
  );
}

/** Makes the next entry of the chain from the last one (or the genesis). */
export async function chainAuditEntry(
  port: CryptoPort,
  key: KeyHandle,
  previous: Readonly<{ seq: number; hash: string }> | null,
  draft: AuditEntryDraft,
): Promise<AuditEntry> {
  const unsigned = { ...draft, seq: (previous?.seq ?? 0) + 1, prev: previous?.hash ?? auditGenesis };
  return { ...unsigned, hash: bytesToHex(await port.hmacSha256(key, canonicalBytes(unsigned))) };
}

export type AuditVerification =
  | Readonly<{ ok: true; count: number }>
  | Readonly<{ ok: false; count: number; seq: number; reason: 'malformed' | 'sequence-gap' | 'link-broken' | 'hash-mismatch' | 'tail-missing' }>;

/**
 * Walks the chain in order and names the first entry that does not hold: a
 * changed field (hash), a removed or inserted entry (sequence, link), or
 * entries cut off the end (the head stored beside the chain).
 */
export async function verifyAuditChain(
  port: CryptoPort,
  key: KeyHandle,
  entries: AsyncIterable<unknown> | Iterable<unknown>,
  head: Readonly<{ seq: number; hash: string }> | null,
): Promise<AuditVerification> {
  let previous: { seq: number; hash: string } | null = null;
  let count = 0;
  for await (const raw of entries) {
    const expectedSeq: number = (previous?.seq ?? 0) + 1;
    const parsed = auditEntrySchema.safeParse(raw);
    if (!parsed.success) return { ok: false, count, seq: seqOf(raw, expectedSeq), reason: 'malformed' };
    const entry = parsed.data;
    if (entry.seq !== expectedSeq) return { ok: false, count, seq: expectedSeq, reason: 'sequence-gap' };
    if (entry.prev !== (previous?.hash ?? auditGenesis)) return { ok: false, count, seq: entry.seq, reason: 'link-broken' };
    const { hash, ...unsigned } = entry;
    const expected = bytesToHex(await port.hmacSha256(key, canonicalBytes(unsigned)));
    if (expected !== hash) return { ok: false, count, seq: entry.seq, reason: 'hash-mismatch' };
    previous = { seq: entry.seq, hash };
    count += 1;
  }
  if (head !== null && (previous === null || previous.seq !== head.seq || previous.hash !== head.hash)) {
    return { ok: false, count, seq: (previous?.seq ?? 0) + 1, reason: 'tail-missing' };
  }
  return { ok: true, count };
}

function seqOf(raw: unknown, fallback: number): number {
  const seq = (raw as { seq?: unknown } | null)?.seq;
  return typeof seq === 'number' && Number.isInteger(seq) ? seq : fallback;
}
