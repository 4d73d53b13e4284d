import { describe, expect, it } from 'vitest';
import { parseKeyFileOrThrow, unwrapWithPassphraseOrThrow, unwrapWithRecoveryCodeOrThrow } from '@shared/crypto/key-file';
import { openRecordOrThrow } from '@shared/crypto/record-envelope';
import { computeBlindIndex, deriveWorkspaceKeys } from '@shared/crypto/workspace-keys';
import { base64ToBytesOrThrow } from '@shared/encoding/base64';
import { bytesToHex, hexToBytesOrThrow } from '@shared/encoding/hex';
import { AppError } from '@shared/errors/app-error';
import fixture from '../../../fixtures/crypto/known-answers.json';
import { createNodeCryptoPort } from '../../../support/node-crypto-port';

const port = createNodeCryptoPort();
const sealed = base64ToBytesOrThrow(fixture.record.sealedBase64);
const keysFor = (workspaceId: string) => deriveWorkspaceKeys(port, hexToBytesOrThrow(fixture.dataKeyHex), workspaceId);

describe('known-answer fixtures (committed, synthetic)', () => {
  it('the key file opens with the passphrase and with the recovery code, to the same data key', async () => {
    const keyFile = parseKeyFileOrThrow(fixture.keyFile);
    expect(bytesToHex(await unwrapWithPassphraseOrThrow(port, keyFile, fixture.passphrase))).toBe(fixture.dataKeyHex);
    expect(bytesToHex(await unwrapWithRecoveryCodeOrThrow(port, keyFile, fixture.recoveryCode.toLowerCase()))).toBe(fixture.dataKeyHex);
  });

  it('a wrong passphrase or recovery code is a typed error', async () => {
    const keyFile = parseKeyFileOrThrow(fixture.keyFile);
    await expect(unwrapWithPassphraseOrThrow(port, keyFile, `${fixture.passphrase} `)).rejects.toMatchObject({ code: 'vault/wrong-passphrase' });
    const wrongCode = fixture.recoveryCode.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    await expect(unwrapWithRecoveryCodeOrThrow(port, keyFile, wrongCode)).rejects.toMatchObject({ code: 'vault/wrong-recovery-code' });
  });

  it('the sealed record decrypts to the known fields and body', async () => {
    const keys = await keysFor(fixture.record.context.workspaceId);
    const opened = await openRecordOrThrow(port, keys.records, fixture.record.context, sealed);
    expect(opened.fields).toEqual(fixture.record.fields);
    expect(bytesToHex(opened.body)).toBe(fixture.record.bodyHex);
  });

  it('the blind index of the phone number is the known one', async () => {
    const keys = await keysFor(fixture.record.context.workspaceId);
    expect(await computeBlindIndex(port, keys, 'phone', fixture.blindIndex.phone)).toBe(fixture.blindIndex.value);
  });

  const failures: ReadonlyArray<[string, () => Promise<unknown>]> = [
    ['a flipped bit in the ciphertext', async () => {
      const copy = sealed.slice();
      copy[20] = (copy[20] ?? 0) ^ 0x01;
      return openRecordOrThrow(port, (await keysFor(fixture.record.context.workspaceId)).records, fixture.record.context, copy);
    }],
    ['a flipped bit in the tag', async () => {
      const copy = sealed.slice();
      copy[copy.length - 1] = (copy[copy.length - 1] ?? 0) ^ 0x80;
      return openRecordOrThrow(port, (await keysFor(fixture.record.context.workspaceId)).records, fixture.record.context, copy);
    }],
    ['another workspace (its own keys)', async () => {
      const other = 'ffffffffffffffffffffffffffffffff';
      return openRecordOrThrow(port, (await keysFor(other)).records, { ...fixture.record.context, workspaceId: other }, sealed);
    }],
    ['another workspace id with the right key', async () => {
      const keys = await keysFor(fixture.record.context.workspaceId);
      return openRecordOrThrow(port, keys.records, { ...fixture.record.context, workspaceId: 'ffffffffffffffffffffffffffffffff' }, sealed);
    }],
    ['another row id', async () => {
      const keys = await keysFor(fixture.record.context.workspaceId);
      return openRecordOrThrow(port, keys.records, { ...fixture.record.context, rowId: '-Nx3kQ9a00Zk_c' }, sealed);
    }],
    ['another table', async () => {
      const keys = await keysFor(fixture.record.context.workspaceId);
      return openRecordOrThrow(port, keys.records, { ...fixture.record.context, table: 'trainings' }, sealed);
    }],
    ['a changed clear index value (a due date moved on disk)', async () => {
      const keys = await keysFor(fixture.record.context.workspaceId);
      const index = { ...fixture.record.context.index, createdAt: fixture.record.context.index.createdAt + 86_400_000 };
      return openRecordOrThrow(port, keys.records, { ...fixture.record.context, index }, sealed);
    }],
    ['another schema version', async () => {
      const keys = await keysFor(fixture.record.context.workspaceId);
      return openRecordOrThrow(port, keys.records, { ...fixture.record.context, schemaVersion: 2 }, sealed);
    }],
    ['a truncated payload', async () => {
      const keys = await keysFor(fixture.record.context.workspaceId);
      return openRecordOrThrow(port, keys.records, fixture.record.context, sealed.subarray(0, 20));
    }],
  ];

  it.each(failures)('%s fails with vault/record-unreadable', async (_label, attempt) => {
    const failure = attempt();
    await expect(failure).rejects.toBeInstanceOf(AppError);
    await expect(failure).rejects.toMatchObject({ code: 'vault/record-unreadable' });
  });
});
