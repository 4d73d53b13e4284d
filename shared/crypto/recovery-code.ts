// Crockford's base32: no I, L, O or U, so a code copied by hand is hard to misread.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Bytes of randomness in a recovery code (160 bits). */
export const recoveryCodeBytes = 20;

/** Formats random bytes as a recovery code: 8 groups of 4 characters. */
export function formatRecoveryCode(bytes: Uint8Array): string {
  if (bytes.byteLength !== recoveryCodeBytes) throw new RangeError('recovery code needs 20 bytes');
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >> (bits - 5)) & 31]!;
      bits -= 5;
    }
  }
  return out.match(/.{4}/g)!.join('-');
}

/**
 * Reads a recovery code as typed by a person: case, spaces and dashes do not
 * matter, and the look-alikes I/L (1) and O (0) are forgiven. Null if invalid.
 */
export function parseRecoveryCode(input: string): Uint8Array<ArrayBuffer> | null {
  const cleaned = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (cleaned.length !== 32) return null;
  const out = new Uint8Array(recoveryCodeBytes);
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const char of cleaned) {
    const digit = alphabet.indexOf(char);
    if (digit < 0) return null;
    value = ((value << 5) | digit) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out[index++] = (value >> (bits - 8)) & 255;
      bits -= 8;
    }
  }
  return out;
}
