import { describe, expect, it } from 'vitest';
import {
  chainAuditEntry,
  checkRowAgainstLog,
  findMissingRow,
  signAuditAnchor,
  verifyAuditChain,
  type AuditEntry,
  type AuditRowMark,
} from '@shared/audit/audit-chain';
import type { KeyHandle } from '@shared/crypto/crypto-port';
import { createNodeCryptoPort } from '../../../support/node-crypto-port';

const port = createNodeCryptoPort();
const workspaceId = 'ab'.repeat(16);
const tag = (n: number) => `${String(n).padStart(22, 'A')}==`;

async function keyOf(fill: number): Promise<KeyHandle> {
  return port.deriveHmacKey(await port.importHkdfKey(new Uint8Array(32).fill(fill)), new Uint8Array(0), 'test');
}

async function chain(length: number, key?: KeyHandle, start = 1000) {
  const auditKey = key ?? (await keyOf(1));
  const entries: AuditEntry[] = [];
  for (let i = 0; i < length; i += 1) {
    const rows: AuditRowMark[] = [['trainings', `r${i}`, tag(i)]];
    entries.push(await chainAuditEntry(port, auditKey, entries.at(-1) ?? null, { at: start + i, action: 'record-created', table: 'trainings', recordId: `r${i}`, actor: 'passphrase', count: 1, rows }));
  }
  const last = entries.at(-1)!;
  const head = await signAuditAnchor(port, auditKey, workspaceId, last, 1);
  return { key: auditKey, entries, head };
}

const context = (key: KeyHandle, head: unknown, anchors: unknown[] = [], generation = 1) => ({ workspaceId, keyring: { generation, key }, head, anchors });

describe('audit chain', () => {
  it('verifies an intact chain and says what each row must be', async () => {
    const { key, entries, head } = await chain(6);
    const result = await verifyAuditChain(port, context(key, head), entries);
    expect(result.verification).toEqual({ ok: true, count: 6 });
    expect(result.complete).toBe(true);
    expect(checkRowAgainstLog(result.expected, result.complete, 'trainings', 'r2', tag(2))).toBeNull();
    expect(checkRowAgainstLog(result.expected, result.complete, 'trainings', 'r2', tag(99))).toEqual({ reason: 'row-replaced', seq: 3, table: 'trainings' });
    expect(checkRowAgainstLog(result.expected, result.complete, 'trainings', 'elsewhere', tag(1))).toMatchObject({ reason: 'row-unlogged' });
    expect(findMissingRow(result.expected)).toEqual({ reason: 'row-missing', seq: 1, table: 'trainings' });
  });

  it.each([
    ['an edited field', (entries: AuditEntry[]) => entries.map((e) => (e.seq === 3 ? { ...e, recordId: 'other' } : e)), { seq: 3, reason: 'hash-mismatch' }],
    ['an edited row tag', (entries: AuditEntry[]) => entries.map((e) => (e.seq === 2 && 'v' in e ? { ...e, rows: [['trainings', 'r1', tag(7)]] } : e)), { seq: 2, reason: 'hash-mismatch' }],
    ['a removed entry', (entries: AuditEntry[]) => entries.filter((e) => e.seq !== 4), { seq: 4, reason: 'sequence-gap' }],
    ['an entry swapped for a copy of another', (entries: AuditEntry[]) => entries.map((e) => (e.seq === 5 ? { ...entries[1]!, seq: 5 } : e)), { seq: 5, reason: 'link-broken' }],
    ['a malformed entry', (entries: AuditEntry[]) => entries.map((e) => (e.seq === 2 ? { ...e, action: 'nonsense' } : e)), { seq: 2, reason: 'malformed' }],
    ['the tail cut off', (entries: AuditEntry[]) => entries.slice(0, 4), { seq: 5, reason: 'tail-missing' }],
    ['every entry removed', () => [], { seq: 6, reason: 'wiped' }],
  ])('names the first broken entry: %s', async (_label, tamper, expected) => {
    const { key, entries, head } = await chain(6);
    const result = await verifyAuditChain(port, context(key, head), tamper(entries) as unknown[]);
    expect(result.verification).toMatchObject({ ok: false, ...expected });
  });

  it('catches a head moved back without the key, and says so when another copy knew the longer log', async () => {
    const { key, entries, head } = await chain(6);
    const cut = entries.slice(0, 4);
    const rewritten = { ...head, seq: 4, hash: cut[3]!.hash };
    expect((await verifyAuditChain(port, context(key, rewritten), cut)).verification).toMatchObject({ ok: false, reason: 'head-rewritten', seq: 4 });
    expect((await verifyAuditChain(port, context(key, { seq: 4, hash: cut[3]!.hash }), cut)).verification).toMatchObject({ ok: false, reason: 'head-rewritten' });
    expect((await verifyAuditChain(port, context(key, rewritten, [head]), cut)).verification).toMatchObject({ ok: false, reason: 'tail-cut-head-rewritten', seq: 5 });
  });

  it('catches an older signed head put back when the registry copy knew more', async () => {
    const { key, entries, head } = await chain(6);
    const older = await signAuditAnchor(port, key, workspaceId, entries[3]!, 1);
    expect((await verifyAuditChain(port, context(key, older), entries.slice(0, 4))).verification).toEqual({ ok: true, count: 4 });
    expect((await verifyAuditChain(port, context(key, older, [head]), entries.slice(0, 4))).verification).toMatchObject({ ok: false, reason: 'tail-missing', seq: 5 });
  });

  it('ignores anchors signed by another key or for another workspace, and reports a log swapped for another', async () => {
    const { key, entries, head } = await chain(6);
    const foreign = await signAuditAnchor(port, await keyOf(2), workspaceId, { seq: 99, hash: head.hash }, 1);
    const otherWorkspace = await signAuditAnchor(port, key, 'cd'.repeat(16), { seq: 99, hash: head.hash }, 1);
    expect((await verifyAuditChain(port, context(key, head, [foreign, otherWorkspace]), entries)).verification).toEqual({ ok: true, count: 6 });
    const other = await chain(3, key, 5000);
    const registry = await signAuditAnchor(port, key, workspaceId, entries[2]!, 1);
    expect((await verifyAuditChain(port, context(key, other.head, [registry]), other.entries)).verification).toMatchObject({ ok: false, reason: 'log-replaced', seq: 3 });
  });

  it('verifies a log of the first release (no rows, unsigned head), and a v2 log after it', async () => {
    const key = await keyOf(1);
    const first = { seq: 1, at: 1, action: 'workspace-created' as const, table: 'meta', recordId: workspaceId, actor: 'passphrase' as const, count: 1, prev: '0'.repeat(64) };
    const { bytesToHex } = await import('@shared/encoding/hex');
    const canonical = new TextEncoder().encode(JSON.stringify([first.seq, first.at, first.action, first.table, first.recordId, first.actor, first.count, first.prev]));
    const v1 = { ...first, hash: bytesToHex(await port.hmacSha256(key, canonical)) };
    expect((await verifyAuditChain(port, context(key, { seq: 1, hash: v1.hash }), [v1])).verification).toEqual({ ok: true, count: 1 });
    const v2 = await chainAuditEntry(port, key, v1, { at: 2, action: 'unlocked', table: 'meta', recordId: workspaceId, actor: 'passphrase', count: 1 });
    const signed = await signAuditAnchor(port, key, workspaceId, v2, 1);
    const result = await verifyAuditChain(port, context(key, signed), [v1, v2]);
    expect(result.verification).toEqual({ ok: true, count: 2 });
    expect(result.complete).toBe(false);
    // Once a v2 entry is written, an unsigned head is a forgery.
    expect((await verifyAuditChain(port, context(key, { seq: 2, hash: v2.hash }), [v1, v2])).verification).toMatchObject({ ok: false, reason: 'head-rewritten' });
  });

  it('after a key rotation, checks the old entries by the pin the new key signed', async () => {
    const old = await chain(4);
    const digest = (await verifyAuditChain(port, { ...context(old.key, old.head), digestAll: true }, old.entries)).digest;
    const next = await keyOf(3);
    const pinned = await chainAuditEntry(port, next, old.entries.at(-1)!, { at: 9, action: 'key-rotation-started', table: 'meta', recordId: workspaceId, actor: 'passphrase', count: 1, k: 2, pin: { seq: 4, digest } });
    const head = await signAuditAnchor(port, next, workspaceId, pinned, 2);
    expect((await verifyAuditChain(port, context(next, head, [], 2), [...old.entries, pinned])).verification).toEqual({ ok: true, count: 5 });

    const edited = old.entries.map((entry) => (entry.seq === 2 ? { ...entry, at: 5 } : entry));
    expect((await verifyAuditChain(port, context(next, head, [], 2), [...edited, pinned])).verification).toMatchObject({ ok: false, reason: 'hash-mismatch', seq: 1 });
    // Without a pin, entries of the old key cannot be vouched for.
    const unpinned = await chainAuditEntry(port, next, old.entries.at(-1)!, { at: 9, action: 'unlocked', table: 'meta', recordId: workspaceId, actor: 'passphrase', count: 1, k: 2 });
    const unpinnedHead = await signAuditAnchor(port, next, workspaceId, unpinned, 2);
    expect((await verifyAuditChain(port, context(next, unpinnedHead, [], 2), [...old.entries, unpinned])).verification).toMatchObject({ ok: false, reason: 'hash-mismatch', seq: 1 });
  });
});
