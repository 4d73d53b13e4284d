import { describe, expect, it } from 'vitest';
import { backupMagic, decodeBackupLineOrThrow, encodeBackupLine, parseBackupFileOrThrow } from '@shared/backup/backup-format';
import { concatBytes, uint32ToBytes, utf8 } from '@shared/encoding/bytes';

const file = (header: string, ...frames: Uint8Array[]) =>
  concatBytes(backupMagic, uint32ToBytes(utf8(header).byteLength), utf8(header), ...frames.flatMap((frame) => [uint32ToBytes(frame.byteLength), frame]));

describe('backup file layout', () => {
  it.each([
    ['empty', new Uint8Array(0), 'backup/not-a-backup'],
    ['a PDF', utf8('%PDF-1.7 ...'), 'backup/not-a-backup'],
    ['a header longer than the file', concatBytes(backupMagic, uint32ToBytes(1000), utf8('{}')), 'backup/truncated'],
    ['a header that is not JSON', file('not json'), 'backup/damaged'],
    ['a header of the wrong shape', file('{"format":1}'), 'backup/damaged'],
    ['a newer format', file('{"format":2}'), 'backup/newer-version'],
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
