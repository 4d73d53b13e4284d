// Ascending by character code, so ids compare as strings in creation order.
const alphabet = '-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz';

function encode(value: number, length: number): string {
  let out = '';
  let rest = value;
  for (let i = 0; i < length; i += 1) {
    out = alphabet[rest % 64]! + out;
    rest = Math.floor(rest / 64);
  }
  return out;
}

/**
 * Makes record ids that sort by creation: 8 characters of milliseconds, 2 of
 * a counter within the millisecond, 4 of randomness (14 in all). IndexedDB
 * stores the primary key in every index entry, so a short id that is appended
 * at the end of the tree, rather than a long random one, makes large imports
 * much cheaper. New rows are added, never put, so a collision fails loudly.
 */
export function createRecordIdGenerator(now: () => number, randomBytes: (length: number) => Uint8Array): () => string {
  let lastTime = -1;
  let counter = 0;
  return () => {
    let time = now();
    if (time <= lastTime) {
      time = lastTime;
      counter += 1;
      if (counter >= 64 * 64) {
        time += 1;
        counter = 0;
      }
    } else {
      counter = 0;
    }
    lastTime = time;
    const random = randomBytes(3);
    const tail = ((random[0] ?? 0) << 16) | ((random[1] ?? 0) << 8) | (random[2] ?? 0);
    return `${encode(time, 8)}${encode(counter, 2)}${encode(tail, 4)}`;
  };
}

/** True for an id made by `createRecordIdGenerator`. */
export function isRecordId(value: string): boolean {
  return /^[-0-9A-Z_a-z]{14}$/.test(value);
}
