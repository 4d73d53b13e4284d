import { describe, expect, it } from 'vitest';
import {
  beginRotationKeyFile,
  compareKeyFiles,
  createKeyFile,
  finishRotationKeyFile,
  parseKeyFileOrThrow,
  rewrapWithNewRecoveryCode,
  rewrapWithPassphrase,
  unwrapKeyFileOrThrow,
} from '@shared/crypto/key-file';
import { equalBytes } from '@shared/encoding/bytes';
import { createNodeCryptoPort, testArgon2Params } from '../../../support/node-crypto-port';

const port = createNodeCryptoPort();
const workspaceId = 'ab'.repeat(16);
const oldPassphrase = 'old passphrase 老樟树';
const newPassphrase = 'new passphrase 蓝印花布';

async function rotating() {
  const created = await createKeyFile(port, workspaceId, oldPassphrase, testArgon2Params);
  const pending = await beginRotationKeyFile(port, created.keyFile, created.dataKey.slice(), newPassphrase, testArgon2Params);
  return { created, pending };
}

describe('key file generations and rotation', () => {
  it('writes a first-generation key file exactly as the first release read it (format 1)', async () => {
    const { keyFile } = await createKeyFile(port, workspaceId, oldPassphrase, testArgon2Params);
    expect(keyFile.format).toBe(1);
    expect(keyFile).not.toHaveProperty('generation');
    expect(parseKeyFileOrThrow(JSON.parse(JSON.stringify(keyFile)))).toEqual(keyFile);
  });

  it('during a rotation, any secret of either key opens both keys', async () => {
    const { created, pending } = await rotating();
    expect(pending.keyFile).toMatchObject({ format: 2, generation: 1, rotation: { generation: 2 } });
    const keyFile = parseKeyFileOrThrow(JSON.parse(JSON.stringify(pending.keyFile)));
    for (const secret of [
      { kind: 'passphrase' as const, value: oldPassphrase },
      { kind: 'passphrase' as const, value: newPassphrase },
      { kind: 'recovery-code' as const, value: created.recoveryCode },
      { kind: 'recovery-code' as const, value: pending.recoveryCode },
      { kind: 'data-key' as const, value: created.dataKey },
      { kind: 'data-key' as const, value: pending.next.dataKey },
    ]) {
      const opened = await unwrapKeyFileOrThrow(port, keyFile, secret);
      expect(equalBytes(opened.current.dataKey, created.dataKey)).toBe(true);
      expect(opened.next?.generation).toBe(2);
      expect(equalBytes(opened.next!.dataKey, pending.next.dataKey)).toBe(true);
    }
    await expect(unwrapKeyFileOrThrow(port, keyFile, { kind: 'passphrase', value: 'neither passphrase' })).rejects.toMatchObject({ code: 'vault/wrong-passphrase' });
    await expect(unwrapKeyFileOrThrow(port, keyFile, { kind: 'data-key', value: new Uint8Array(32) })).rejects.toMatchObject({ code: 'vault/keychain-failed' });
    // Nothing else may change the key file meanwhile.
    await expect(rewrapWithPassphrase(port, keyFile, created.dataKey, 'x', testArgon2Params)).rejects.toMatchObject({ code: 'vault/rotation-in-progress' });
    await expect(rewrapWithNewRecoveryCode(port, keyFile, created.dataKey)).rejects.toMatchObject({ code: 'vault/rotation-in-progress' });
  });

  it('once finished, only the new key and its secrets remain', async () => {
    const { created, pending } = await rotating();
    const finished = finishRotationKeyFile(pending.keyFile);
    expect(finished).toMatchObject({ format: 2, generation: 2 });
    expect(finished).not.toHaveProperty('rotation');
    await expect(unwrapKeyFileOrThrow(port, finished, { kind: 'passphrase', value: oldPassphrase })).rejects.toMatchObject({ code: 'vault/wrong-passphrase' });
    await expect(unwrapKeyFileOrThrow(port, finished, { kind: 'recovery-code', value: created.recoveryCode })).rejects.toMatchObject({ code: 'vault/wrong-recovery-code' });
    await expect(unwrapKeyFileOrThrow(port, finished, { kind: 'data-key', value: created.dataKey })).rejects.toMatchObject({ code: 'vault/keychain-failed' });
    const opened = await unwrapKeyFileOrThrow(port, finished, { kind: 'recovery-code', value: pending.recoveryCode });
    expect(opened).toMatchObject({ current: { generation: 2 }, next: null });
  });

  it.each([
    ['a rotation that does not follow the generation', (file: Record<string, unknown>) => ({ ...file, rotation: { ...(file['rotation'] as object), generation: 5 } })],
    ['a newer format', (file: Record<string, unknown>) => ({ ...file, format: 3 })],
    ['a rotation without its cross wraps', (file: Record<string, unknown>) => ({ ...file, rotation: { ...(file['rotation'] as object), nextWrappedByPrevious: undefined } })],
  ])('refuses %s', async (_label, tamper) => {
    const { pending } = await rotating();
    const tampered = tamper(JSON.parse(JSON.stringify(pending.keyFile)) as Record<string, unknown>);
    expect(() => parseKeyFileOrThrow(tampered)).toThrow(/^vault\/key-file-(invalid|newer)$/);
  });

  it('compares a backup\'s key file with the workspace\'s: same, other wraps, other key', async () => {
    const { keyFile, dataKey } = await createKeyFile(port, workspaceId, oldPassphrase, testArgon2Params);
    expect(compareKeyFiles(keyFile, keyFile)).toBe('same');
    const rewrapped = await rewrapWithPassphrase(port, keyFile, dataKey, newPassphrase, testArgon2Params);
    expect(compareKeyFiles(rewrapped, keyFile)).toBe('wraps-differ');
    expect(compareKeyFiles((await rewrapWithNewRecoveryCode(port, keyFile, dataKey)).keyFile, keyFile)).toBe('wraps-differ');
    const other = await createKeyFile(port, workspaceId, oldPassphrase, testArgon2Params);
    expect(compareKeyFiles(other.keyFile, keyFile)).toBe('key-differs');
    const pending = await beginRotationKeyFile(port, keyFile, dataKey, newPassphrase, testArgon2Params);
    expect(compareKeyFiles(finishRotationKeyFile(pending.keyFile), keyFile)).toBe('key-differs');
  });
});
