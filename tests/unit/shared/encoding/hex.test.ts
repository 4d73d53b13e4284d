import { describe, expect, it } from 'vitest';
import { bytesToHex, hexToBytesOrThrow } from '@shared/encoding/hex';

describe('hex', () => {
  it('round-trips bytes', () => {
    const bytes = new Uint8Array([0, 1, 15, 16, 127, 128, 255]);
    expect(bytesToHex(bytes)).toBe('00010f107f80ff');
    expect(hexToBytesOrThrow('00010f107f80ff')).toEqual(bytes);
    expect(hexToBytesOrThrow('ABcd')).toEqual(new Uint8Array([0xab, 0xcd]));
  });

  it.each(['abc', 'zz', '0x00', ' 00'])('refuses %j', (input) => {
    expect(() => hexToBytesOrThrow(input)).toThrow(RangeError);
  });
});
