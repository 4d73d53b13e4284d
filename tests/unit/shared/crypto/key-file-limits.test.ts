import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBackupFileOrThrow } from '@shared/backup/backup-format';
import { argon2Limits, parseKeyFileOrThrow, unwrapWithPassphraseOrThrow } from '@shared/crypto/key-file';
import { concatBytes, uint32ToBytes, utf8 } from '@shared/encoding/bytes';
import { createNodeCryptoPort } from '../../../support/node-crypto-port';

const fixture = JSON.parse(readFileSync(new URL('../../../fixtures/workspace-v1/workspace.json', import.meta.url), 'utf8')) as {
  passphrase: string;
  tables: { meta: { key: string; value: Record<string, unknown> & { kdf: Record<string, unknown> } }[] };
};
const keyFile = fixture.tables.meta.find((row) => row.key === 'keyFile')!.value;
const withKdf = (kdf: Record<string, unknown>) => ({ ...keyFile, kdf: { ...keyFile.kdf, ...kdf } });

describe('Argon2 parameters read from a key file are bounded', () => {
  it('accepts the parameters every key so far was made with', () => {
    expect(parseKeyFileOrThrow(keyFile).kdf).toMatchObject({ memoryKiB: 65_536, iterations: 3, parallelism: 1 });
  });

  it.each([
    ['4 GiB of memory', { memoryKiB: 4_194_304 }],
    ['1 GiB of memory', { memoryKiB: 1_048_576 }],
    ['64 passes', { iterations: 64 }],
    ['16 lanes', { parallelism: 16 }],
    ['256 MiB x 12 passes (each in range, the product not)', { memoryKiB: 262_144, iterations: 12 }],
    ['a fractional memory size', { memoryKiB: 65_536.5 }],
    ['no memory at all', { memoryKiB: 0 }],
    ['memory as a string', { memoryKiB: '65536' }],
  ])('refuses %s as vault/key-file-invalid before any work is done', (_label, kdf) => {
    expect(() => parseKeyFileOrThrow(withKdf(kdf))).toThrow(expect.objectContaining({ code: 'vault/key-file-invalid' }));
  });

  it('keeps the limit at four times the cost of a new key', () => {
    expect(argon2Limits.cost).toBe(4 * 65_536 * 3);
    expect(() => parseKeyFileOrThrow(withKdf({ memoryKiB: 262_144, iterations: 3 }))).not.toThrow();
  });

  it('refuses a crafted backup whose header asks for 4 GiB, and accepts the same header with normal parameters', () => {
    const backup = (kdf: Record<string, unknown>) => {
      const header = JSON.stringify({
        format: 1,
        appVersion: '0.1.0',
        schemaVersion: 1,
        createdAt: 1,
        workspace: { id: keyFile['workspaceId'], label: '门店' },
        keyFile: withKdf(kdf),
        backupSalt: 'AAAAAAAAAAAAAAAAAAAAAA==',
        chunkCount: 1,
      });
      return concatBytes(utf8('SMSCABAK'), uint32ToBytes(utf8(header).byteLength), utf8(header), uint32ToBytes(1), new Uint8Array(1));
    };
    expect(parseBackupFileOrThrow(backup({}), 1).header.keyFile.kdf.memoryKiB).toBe(65_536);
    expect(() => parseBackupFileOrThrow(backup({ memoryKiB: 4_194_304 }), 1)).toThrow(expect.objectContaining({ code: 'backup/damaged' }));
  });

  it('refuses to derive a key for a key file built in memory with unbounded parameters', async () => {
    const port = createNodeCryptoPort();
    const crafted = { ...parseKeyFileOrThrow(keyFile), kdf: { ...parseKeyFileOrThrow(keyFile).kdf, memoryKiB: 4_194_304 } };
    await expect(unwrapWithPassphraseOrThrow(port, crafted, fixture.passphrase)).rejects.toMatchObject({ code: 'vault/key-file-invalid' });
  });
});
