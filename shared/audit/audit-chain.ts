import { z } from 'zod';
import { bytesToHex } from '../encoding/hex';
import { concatBytes, utf8 } from '../encoding/bytes';
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
  'recovery-code-regenerated',
  'key-rotation-started',
  'records-rekeyed',
  'key-rotation-finished',
  'handed-over',
] as const;

export type AuditAction = (typeof auditActions)[number];

/** How the person at the keyboard proved themselves; the audit's "who" without personal data. */
export type AuditActor = 'passphrase' | 'recovery-code' | 'device' | 'system';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const actorSchema = z.enum(['passphrase', 'recovery-code', 'device', 'system']);

/** The tag of a sealed row (its AES-GCM tag, base64): a new one for every write of the row. */
export const rowTagSchema = z.string().regex(/^[A-Za-z0-9+/]{22}==$/);

/**
 * A row an entry wrote: table, row id, and the tag of the sealed bytes it
 * left, or null for a row it removed. The last mark of a row is what the
 * row must still be; an older copy put back has another tag.
 */
export type AuditRowMark = readonly [table: string, id: string, tag: string | null];

const commonEntryShape = {
  seq: z.number().int().positive(),
  at: z.number().int().nonnegative(),
  action: z.enum(auditActions),
  table: z.string().max(40),
  recordId: z.string().max(64),
  actor: actorSchema,
  count: z.number().int().nonnegative(),
  prev: hex64,
  hash: hex64,
};

/** An entry of the first release: no key generation, no rows. Still read and verified. */
const auditEntryV1Schema = z.object(commonEntryShape);

/**
 * An entry as written now: the key generation whose audit key signed it, the
 * rows it wrote, and, on the first entry after a key rotation, a pin: the
 * digest of every entry before it, which the new key vouches for.
 */
const auditEntryV2Schema = z.object({
  v: z.literal(2),
  ...commonEntryShape,
  k: z.number().int().positive(),
  rows: z.array(z.tuple([z.string().min(1).max(40), z.string().min(1).max(64), rowTagSchema.nullable()])).max(200_000),
  pin: z.object({ seq: z.number().int().nonnegative(), digest: hex64 }).nullable(),
});

export type AuditEntryV1 = z.infer<typeof auditEntryV1Schema>;
export type AuditEntryV2 = z.infer<typeof auditEntryV2Schema>;
export type AuditEntry = AuditEntryV1 | AuditEntryV2;

/** What a new entry says; the chain adds seq, prev and hash. */
export type AuditEntryDraft = Readonly<{
  at: number;
  action: AuditAction;
  table: string;
  recordId: string;
  actor: AuditActor;
  count: number;
  /** Generation of the data key whose audit key signs the entry (1 until the first key rotation). */
  k?: number;
  rows?: readonly AuditRowMark[];
  pin?: Readonly<{ seq: number; digest: string }> | null;
}>;

/** Parses a stored entry of either format; null when it is neither. */
export function parseAuditEntry(raw: unknown): AuditEntry | null {
  const format = (raw as { v?: unknown } | null)?.v;
  const parsed = format === undefined ? auditEntryV1Schema.safeParse(raw) : auditEntryV2Schema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** The `prev` of the first entry. */
export const auditGenesis = '0'.repeat(64);

function canonicalBytes(entry: Omit<AuditEntryV1, 'hash'> | Omit<AuditEntryV2, 'hash'>): Uint8Array {
  if (!('v' in entry)) {
    return utf8(JSON.stringify([entry.seq, entry.at, entry.action, entry.table, entry.recordId, entry.actor, entry.count, entry.prev]));
  }
  return utf8(
    JSON.stringify(['sms-ca/audit/v2', entry.seq, entry.at, entry.action, entry.table, entry.recordId, entry.actor, entry.count, entry.prev, entry.k, entry.rows, entry.pin]),
  );
}

/** The key generation an entry was signed under (entries of the first release: 1). */
export function generationOfEntry(entry: AuditEntry): number {
  return 'v' in entry ? entry.k : 1;
}

/** Makes the next entry of the chain from the last one (or the genesis). */
export async function chainAuditEntry(
  port: CryptoPort,
  key: KeyHandle,
  previous: Readonly<{ seq: number; hash: string }> | null,
  draft: AuditEntryDraft,
): Promise<AuditEntryV2> {
  const unsigned = {
    v: 2 as const,
    seq: (previous?.seq ?? 0) + 1,
    at: draft.at,
    action: draft.action,
    table: draft.table,
    recordId: draft.recordId,
    actor: draft.actor,
    count: draft.count,
    prev: previous?.hash ?? auditGenesis,
    k: draft.k ?? 1,
    rows: (draft.rows ?? []).map(([table, id, tag]) => [table, id, tag] as [string, string, string | null]),
    pin: draft.pin ?? null,
  };
  return { ...unsigned, hash: bytesToHex(await port.hmacSha256(key, canonicalBytes(unsigned))) };
}

/** The last entry of the chain: its seq and hash. */
export type AuditHead = Readonly<{ seq: number; hash: string }>;

/**
 * The head of the log, signed with the audit key: no one without the key can
 * move it back after cutting entries off the end. Kept beside the key file,
 * in the device's registry, and in the header of every backup and snapshot.
 */
export const auditAnchorSchema = z.object({ seq: z.number().int().positive(), hash: hex64, k: z.number().int().positive(), mac: hex64 });

export type AuditAnchor = z.infer<typeof auditAnchorSchema>;

function anchorBytes(workspaceId: string, head: AuditHead, generation: number): Uint8Array {
  return utf8(JSON.stringify(['sms-ca/audit-anchor/v1', workspaceId, head.seq, head.hash, generation]));
}

/** Signs a head of a workspace's log under the audit key of a key generation. */
export async function signAuditAnchor(port: CryptoPort, key: KeyHandle, workspaceId: string, head: AuditHead, generation: number): Promise<AuditAnchor> {
  return { seq: head.seq, hash: head.hash, k: generation, mac: bytesToHex(await port.hmacSha256(key, anchorBytes(workspaceId, head, generation))) };
}

/** The audit key a log is checked with: the current generation's; older entries are vouched for by a pin. */
export type AuditKeyring = Readonly<{ generation: number; key: KeyHandle }>;

/** Why a log, or the rows it describes, does not hold. */
export type AuditProblem =
  | Readonly<{
      reason: 'malformed' | 'sequence-gap' | 'link-broken' | 'hash-mismatch' | 'tail-missing' | 'head-rewritten' | 'tail-cut-head-rewritten' | 'log-replaced';
      seq: number;
    }>
  /** `seq`: how many entries a signed anchor knew of (0 when none is left to say). */
  | Readonly<{ reason: 'wiped'; seq: number }>
  /** A row that is not what the log's last mark of it says (`seq`), or is gone, or was never written through the log. */
  | Readonly<{ reason: 'row-replaced' | 'row-missing' | 'row-unlogged'; seq: number; table: string }>;

export type AuditVerification = Readonly<{ ok: true; count: number }> | (Readonly<{ ok: false; count: number }> & AuditProblem);

/** What the log says each row must be: the tag of its last mark (null: removed) and that entry's seq. */
export type ExpectedRows = Map<string, { tag: string | null; seq: number; seen: boolean }>;

/** The key of a row in `ExpectedRows`. */
export function rowKey(table: string, id: string): string {
  return `${table}\u0000${id}`;
}

export type AuditChainContext = Readonly<{
  workspaceId: string;
  keyring: AuditKeyring;
  /** The signed head stored beside the key file (an unsigned `{ seq, hash }` in a first-release workspace). */
  head: unknown;
  /** Signed heads kept elsewhere (the device registry, a backup's header); ones that do not verify are ignored. */
  anchors: readonly unknown[];
  /** Digest every entry, not only those a pin must vouch for (before a rotation pins the whole log). */
  digestAll?: boolean;
}>;

/** The chain checked, with what it says of the rows and the digest of its entries. */
export type AuditChainResult = Readonly<{
  verification: AuditVerification;
  expected: ExpectedRows;
  /** Every row was written through a v2 entry (the log was v2 from its first entry). */
  complete: boolean;
  last: AuditHead | null;
  /** SHA-256 chain over the entries (all of them with `digestAll`), hex: what a rotation pins. */
  digest: string;
}>;

const plainHeadSchema = z.object({ seq: z.number().int().positive(), hash: hex64 });

/**
 * Checks a log entry by entry (a backup's log streams past once) and names
 * the first problem: a changed field (hash), a removed or inserted entry
 * (sequence, link), entries cut off the end (a signed anchor knows more),
 * a head moved back without the key, a log emptied. Entries signed under an
 * older key generation must be pinned by the first entry of the current one.
 */
export function createAuditChainCheck(port: CryptoPort, context: AuditChainContext) {
  const current = context.keyring.generation;
  const expected: ExpectedRows = new Map();
  let anchors: AuditAnchor[] = [];
  let problem: AuditProblem | null = null;
  let previous: AuditHead | null = null;
  let count = 0;
  let complete = true;
  let sawV2 = false;
  let digest: Uint8Array = new Uint8Array(32);
  let unpinnedOlder: number | null = null;

  const isAuthentic = async (anchor: AuditAnchor): Promise<boolean> =>
    anchor.k === current && bytesToHex(await port.hmacSha256(context.keyring.key, anchorBytes(context.workspaceId, anchor, anchor.k))) === anchor.mac;

  const prepared = (async () => {
    for (const raw of context.anchors) {
      const parsed = auditAnchorSchema.safeParse(raw);
      if (parsed.success && (await isAuthentic(parsed.data))) anchors = [...anchors, parsed.data];
    }
  })();

  async function check(raw: unknown): Promise<AuditProblem | null> {
    const expectedSeq = (previous?.seq ?? 0) + 1;
    const entry = parseAuditEntry(raw);
    if (entry === null) return { reason: 'malformed', seq: seqOf(raw, expectedSeq) };
    if (entry.seq !== expectedSeq) return { reason: 'sequence-gap', seq: expectedSeq };
    if (entry.prev !== (previous?.hash ?? auditGenesis)) return { reason: 'link-broken', seq: entry.seq };
    const { hash, ...unsigned } = entry;
    const generation = generationOfEntry(entry);
    if (generation > current) return { reason: 'hash-mismatch', seq: entry.seq };
    if (generation === current) {
      if (bytesToHex(await port.hmacSha256(context.keyring.key, canonicalBytes(unsigned))) !== hash) return { reason: 'hash-mismatch', seq: entry.seq };
      if ('v' in entry && entry.pin !== null) {
        // The first entry under a new key vouches for everything before it.
        if (entry.pin.seq !== entry.seq - 1 || entry.pin.digest !== bytesToHex(digest)) return { reason: 'hash-mismatch', seq: unpinnedOlder ?? entry.seq };
        unpinnedOlder = null;
      }
      if (unpinnedOlder !== null) return { reason: 'hash-mismatch', seq: unpinnedOlder };
    } else {
      unpinnedOlder ??= entry.seq;
    }
    if (generation < current || context.digestAll === true) digest = await port.sha256(concatBytes(digest, canonicalBytes(unsigned), utf8(hash)));
    if (anchors.some((anchor) => anchor.seq === entry.seq && anchor.hash !== hash)) return { reason: 'log-replaced', seq: entry.seq };
    recordRows(entry);
    previous = { seq: entry.seq, hash };
    count += 1;
    return null;
  }

  function recordRows(entry: AuditEntry): void {
    if (!('v' in entry)) {
      complete = false;
      // A first-release entry names one row without its tag: its removal is known, its contents are not.
      if (entry.action === 'record-deleted') expected.set(rowKey(entry.table, entry.recordId), { tag: null, seq: entry.seq, seen: false });
      else expected.delete(rowKey(entry.table, entry.recordId));
      return;
    }
    sawV2 = true;
    for (const [table, id, tag] of entry.rows) expected.set(rowKey(table, id), { tag, seq: entry.seq, seen: false });
  }

  async function headSeqIfAuthentic(): Promise<number> {
    const signed = auditAnchorSchema.safeParse(context.head);
    return signed.success && (await isAuthentic(signed.data)) ? signed.data.seq : 0;
  }

  async function checkHead(last: AuditHead, known: number): Promise<AuditProblem | null> {
    const signed = auditAnchorSchema.safeParse(context.head);
    const authentic = signed.success && (await isAuthentic(signed.data));
    const plain = plainHeadSchema.safeParse(context.head);
    // Since the first v2 entry every head is signed: an unsigned or forged one was written without the key.
    const forged = sawV2 ? !authentic : context.head !== null && context.head !== undefined && !plain.success;
    if (forged) return known > last.seq ? { reason: 'tail-cut-head-rewritten', seq: last.seq + 1 } : { reason: 'head-rewritten', seq: last.seq };
    const head = plain.success ? plain.data : null;
    if (head !== null && head.seq > last.seq) return { reason: 'tail-missing', seq: last.seq + 1 };
    if (head !== null && head.hash !== last.hash) return { reason: 'head-rewritten', seq: last.seq };
    if (known > last.seq) return { reason: 'tail-missing', seq: last.seq + 1 };
    return null;
  }

  return {
    /** Feeds the next entry (in seq order); after the first problem, the rest are ignored. */
    async add(raw: unknown): Promise<void> {
      await prepared;
      if (problem === null) problem = await check(raw);
    },

    async finish(): Promise<AuditChainResult> {
      await prepared;
      const last = previous;
      const done = (verification: AuditVerification): AuditChainResult => ({ verification, expected, complete: complete && sawV2, last, digest: bytesToHex(digest) });
      if (problem !== null) return done({ ok: false, count, ...problem });
      const known = Math.max(0, ...anchors.map((anchor) => anchor.seq));
      if (last === null) return done({ ok: false, count, reason: 'wiped', seq: Math.max(known, await headSeqIfAuthentic()) });
      if (unpinnedOlder !== null) return done({ ok: false, count, reason: 'hash-mismatch', seq: unpinnedOlder });
      const headProblem = await checkHead(last, known);
      return done(headProblem === null ? { ok: true, count } : { ok: false, count, ...headProblem });
    },
  };
}

/**
 * Compares one stored row with the log: its tag must be the one the row's
 * last mark says. Returns the problem, or null. `complete`: the log marked
 * every row ever written, so a row it never names came from elsewhere.
 */
export function checkRowAgainstLog(expected: ExpectedRows, complete: boolean, table: string, id: string, tag: string): AuditProblem | null {
  const mark = expected.get(rowKey(table, id));
  if (mark === undefined) return complete ? { reason: 'row-unlogged', seq: 0, table } : null;
  mark.seen = true;
  return mark.tag === tag ? null : { reason: 'row-replaced', seq: mark.seq, table };
}

/** After every row was compared: a row the log says is there and is not. */
export function findMissingRow(expected: ExpectedRows): AuditProblem | null {
  for (const [key, mark] of expected) {
    if (mark.tag !== null && !mark.seen) return { reason: 'row-missing', seq: mark.seq, table: key.slice(0, key.indexOf('\u0000')) };
  }
  return null;
}

/**
 * The whole log at once (small logs, tests): the chain, its head and anchors.
 * Rows are not compared here; see `checkRowAgainstLog`.
 */
export async function verifyAuditChain(port: CryptoPort, context: AuditChainContext, entries: AsyncIterable<unknown> | Iterable<unknown>): Promise<AuditChainResult> {
  const check = createAuditChainCheck(port, context);
  for await (const entry of entries) await check.add(entry);
  return check.finish();
}

function seqOf(raw: unknown, fallback: number): number {
  const seq = (raw as { seq?: unknown } | null)?.seq;
  return typeof seq === 'number' && Number.isInteger(seq) ? seq : fallback;
}
