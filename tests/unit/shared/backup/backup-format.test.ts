import { describe, expect, it } from 'vitest';
import {
  backupMagic,
  createBackupFileReader,
  decodeBackupLineOrThrow,
  encodeBackupFrame,
  encodeBackupLine,
  encodeBackupPreamble,
  parseBackupFileOrThrow,
  type BackupFrame,
} from '@shared/backup/backup-format';
import { createBackupRecordReader, encodeBackupEnd, encodeBackupRow, type BackupRecord } from '@shared/backup/backup-records';
import { concatBytes, uint32ToBytes, utf8 } from '@shared/encoding/bytes';

const file = (header: string, ...frames: Uint8Array[]) =>
  concatBytes(backupMagic, uint32ToBytes(utf8(header).byteLength), utf8(header), ...frames.flatMap((frame) => [uint32ToBytes(frame.byteLength), frame]));

const v2Header = JSON.stringify({
  format: 2,
  appVersion: '0.2.0',
  schemaVersion: 1,
  createdAt: 1,
  workspace: { id: 'ab'.repeat(16), label: '门店' },
  keyFile: {
    format: 1,
    workspaceId: 'ab'.repeat(16),
    kdf: { algorithm: 'argon2id', memoryKiB: 65536, iterations: 3, parallelism: 1, salt: 'AAAA' },
    passphraseWrap: 'AAAA',
    recoveryWrap: { salt: 'AAAA', wrapped: 'AAAA' },
    checkValue: 'AAAA',
  },
  backupSalt: 'AAAA',
  auditAnchor: null,
});

/** Feeds a file to the reader in pieces of `size` bytes and collects every frame. */
function readInPieces(bytes: Uint8Array, size: number): BackupFrame[] {
  const reader = createBackupFileReader(1);
  const frames: BackupFrame[] = [];
  for (let offset = 0; offset < bytes.byteLength; offset += size) frames.push(...reader.push(bytes.subarray(offset, offset + size)));
  frames.push(reader.end());
  return frames;
}

describe('backup file layout, format 1 (read whole)', () => {
  it.each([
    ['empty', new Uint8Array(0), 'backup/not-a-backup'],
    ['a PDF', utf8('%PDF-1.7 ...'), 'backup/not-a-backup'],
    ['a header longer than the file', concatBytes(backupMagic, uint32ToBytes(1000), utf8('{}')), 'backup/truncated'],
    ['a header that is not JSON', file('not json'), 'backup/damaged'],
    ['a header of the wrong shape', file('{"format":1}'), 'backup/damaged'],
    ['a newer format', file('{"format":3}'), 'backup/newer-version'],
    ['a newer schema', file('{"format":1,"schemaVersion":9}'), 'backup/newer-version'],
  ])('refuses %s', (_label, bytes, code) => {
    expect(() => parseBackupFileOrThrow(bytes, 1)).toThrow(expect.objectContaining({ code }));
  });

  it('round-trips binary values through a content line', () => {
    const line = encodeBackupLine('attachments', { id: 'a', sealed: new Uint8Array([0, 255, 7]) });
    expect(decodeBackupLineOrThrow(line)).toEqual({ t: 'attachments', r: { id: 'a', sealed: new Uint8Array([0, 255, 7]) } });
  });

  it.each(['[]', '{"t":1,"r":{}}', '{"t":"x","r":null}', 'null'])('refuses the content line %j', (line) => {
    expect(() => decodeBackupLineOrThrow(line)).toThrow(expect.objectContaining({ code: 'backup/damaged' }));
  });
});

describe('backup file layout, format 2 (read as it arrives)', () => {
  const frames = [new Uint8Array(40).fill(1), new Uint8Array(50).fill(2), new Uint8Array(30).fill(3)];
  const whole = concatBytes(encodeBackupPreamble(utf8(v2Header)), ...frames.map(encodeBackupFrame));

  it.each([1, 7, 64, 100_000])('gives the same frames whatever the size of the pieces (%i bytes)', (size) => {
    const read = readInPieces(whole, size);
    expect(read.map((frame) => [frame.index, frame.bytes, frame.isFinal])).toEqual([
      [0, frames[0], false],
      [1, frames[1], false],
      [2, frames[2], true],
    ]);
  });

  it.each([
    ['nothing', new Uint8Array(0), 'backup/not-a-backup'],
    ['another file type', utf8('%PDF-1.7 not a backup at all'), 'backup/not-a-backup'],
    ['a file cut inside its header', whole.subarray(0, 40), 'backup/truncated'],
    ['a file with a header and no frame', encodeBackupPreamble(utf8(v2Header)), 'backup/truncated'],
    ['a file cut inside a frame', whole.subarray(0, whole.byteLength - 5), 'backup/truncated'],
    ['a frame claiming 4 GiB', concatBytes(encodeBackupPreamble(utf8(v2Header)), uint32ToBytes(0xffffffff)), 'backup/damaged'],
    ['a header claiming 1 GiB', concatBytes(backupMagic, uint32ToBytes(1 << 30)), 'backup/damaged'],
    ['a newer format', encodeBackupPreamble(utf8('{"format":3}')), 'backup/newer-version'],
    ['a header of the wrong shape', encodeBackupPreamble(utf8('{"format":2}')), 'backup/damaged'],
  ])('refuses %s', (_label, bytes, code) => {
    expect(() => readInPieces(bytes, 16)).toThrow(expect.objectContaining({ code }));
  });
});

describe('backup records, format 2', () => {
  const big = Uint8Array.from({ length: 300_000 }, (_, i) => i % 251);
  const parts = [
    ...encodeBackupRow('meta', { key: 'schema', value: { version: 2 } }),
    ...encodeBackupRow('attachments', { id: 'a1', v: 2, createdAt: 5, sealed: big }),
    ...encodeBackupRow('trainings', { id: 't1', v: 2, heldAt: 7, sealed: new Uint8Array([1, 2, 3]) }),
    encodeBackupEnd(3),
  ];
  const content = concatBytes(...parts);

  function readRecords(bytes: Uint8Array, size: number): BackupRecord[] {
    const reader = createBackupRecordReader();
    const records: BackupRecord[] = [];
    for (let offset = 0; offset < bytes.byteLength; offset += size) records.push(...reader.push(bytes.subarray(offset, offset + size)));
    reader.finishOrThrow();
    return records;
  }

  it.each([13, 65_536, 1_048_576])('reads rows with their bytes back across any frame boundaries (%i bytes)', (size) => {
    const records = readRecords(content, size);
    expect(records).toHaveLength(4);
    expect(records[0]).toEqual({ kind: 'row', row: { t: 'meta', r: { key: 'schema', value: { version: 2 } } } });
    const attachment = records[1] as Extract<BackupRecord, { kind: 'row' }>;
    expect(attachment.row.r).toMatchObject({ id: 'a1', v: 2, createdAt: 5 });
    expect(Buffer.from(attachment.row.r['sealed'] as Uint8Array).equals(Buffer.from(big))).toBe(true);
    expect(records[3]).toEqual({ kind: 'end', rows: 3 });
  });

  const json = (text: string) => concatBytes(new Uint8Array([1]), uint32ToBytes(utf8(text).byteLength), uint32ToBytes(0), utf8(text));
  it.each([
    ['an unknown record kind', concatBytes(new Uint8Array([9]), encodeBackupEnd(0))],
    ['a row that is not JSON', json('{nope')],
    ['a row without a table', concatBytes(json('{"r":{}}'), encodeBackupEnd(1))],
    ['a byte field it never fills', concatBytes(json('{"t":"meta","r":{"x":{"$bin":0}}}'), encodeBackupEnd(1))],
    ['a row after the end', concatBytes(encodeBackupEnd(0), json('{"t":"meta","r":{}}'))],
    ['content without its end', json('{"t":"meta","r":{}}')],
    ['an end with a negative count', concatBytes(new Uint8Array([2]), uint32ToBytes(11), utf8('{"rows":-1}'))],
  ])('refuses %s as damaged', (_label, bytes) => {
    expect(() => readRecords(bytes, 5)).toThrow(expect.objectContaining({ code: 'backup/damaged' }));
  });
});
