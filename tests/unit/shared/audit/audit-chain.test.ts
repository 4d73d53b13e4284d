import { describe, expect, it } from 'vitest';
import { chainAuditEntry, verifyAuditChain, type AuditEntry } from '@shared/audit/audit-chain';
import { createNodeCryptoPort } from '../../../support/node-crypto-port';

const port = createNodeCryptoPort();

async function chain(length: number) {
  const key = await port.deriveHmacKey(await port.importHkdfKey(new Uint8Array(32).fill(1)), new Uint8Array(0), 'test');
  const entries: AuditEntry[] = [];
  for (let i = 0; i < length; i += 1) {
    const previous = entries.at(-1) ?? null;
    entries.push(await chainAuditEntry(port, key, previous, { at: 1000 + i, action: 'record-created', table: 'trainings', recordId: `r${i}`, actor: 'passphrase', count: 1 }));
  }
  const last = entries.at(-1)!;
  return { key, entries, head: { seq: last.seq, hash: last.hash } };
}

describe('audit chain', () => {
  it('verifies an intact chain', async () => {
    const { key, entries, head } = await chain(6);
    expect(await verifyAuditChain(port, key, entries, head)).toEqual({ ok: true, count: 6 });
  });

  it.each([
    ['an edited field', (entries: AuditEntry[]) => entries.map((e) => (e.seq === 3 ? { ...e, recordId: 'other' } : e)), { seq: 3, reason: 'hash-mismatch' }],
    ['a removed entry', (entries: AuditEntry[]) => entries.filter((e) => e.seq !== 4), { seq: 4, reason: 'sequence-gap' }],
    ['an entry swapped for a copy of another', (entries: AuditEntry[]) => entries.map((e) => (e.seq === 5 ? { ...entries[1]!, seq: 5 } : e)), { seq: 5, reason: 'link-broken' }],
    ['a malformed entry', (entries: AuditEntry[]) => entries.map((e) => (e.seq === 2 ? { ...e, action: 'nonsense' } : e)), { seq: 2, reason: 'malformed' }],
    ['the tail cut off', (entries: AuditEntry[]) => entries.slice(0, 4), { seq: 5, reason: 'tail-missing' }],
  ])('names the first broken entry: %s', async (_label, tamper, expected) => {
    const { key, entries, head } = await chain(6);
    expect(await verifyAuditChain(port, key, tamper(entries) as unknown[], head)).toMatchObject({ ok: false, ...expected });
  });
});
