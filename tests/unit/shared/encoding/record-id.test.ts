import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRecordIdGenerator, isRecordId } from '@shared/encoding/record-id';
import { base64ToBytesOrThrow, bytesToBase64 } from '@shared/encoding/base64';

describe('record ids', () => {
  it('sort in creation order, also within one millisecond and when the clock steps back', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 2, maxLength: 300 }), (steps) => {
        let clock = 1_764_300_000_000;
        const times = steps.map((step, i) => (clock += i % 7 === 3 ? -step : step));
        let index = 0;
        const next = createRecordIdGenerator(() => times[index++]!, (length) => new Uint8Array(length).fill(255));
        const ids = times.map(() => next());
        expect([...ids].sort()).toEqual(ids);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(isRecordId(id)).toBe(true);
      }),
    );
  });
});

describe('base64', () => {
  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = bytesToBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(base64ToBytesOrThrow(text)).toEqual(bytes);
      }),
    );
  });

  it.each(['abc', 'ab=c', '@@@@', 'a===', '===='])('refuses %j', (text) => {
    expect(() => base64ToBytesOrThrow(text)).toThrow(RangeError);
  });
});
