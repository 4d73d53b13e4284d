import { AppError } from '../errors/app-error';
import { concatBytes, readUint32OrThrow, uint32ToBytes, utf8 } from '../encoding/bytes';
import { ByteQueue } from './byte-queue';

/**
 * The content of a format-2 backup, before encryption: records one after the
 * other, across frame boundaries.
 *   row:  0x01 ‖ u32 JSON length ‖ u32 byte-field count ‖ JSON ‖ (u32 length ‖ bytes)*
 *   end:  0x02 ‖ u32 JSON length ‖ JSON `{ "rows": n }`
 * The JSON of a row is `{ "t": table, "r": row }` with each byte field
 * replaced by `{ "$bin": i }`, its bytes following as they are (no base64).
 */
const rowRecord = 1;
const endRecord = 2;

/** A row of a table as stored, read back from a backup. */
export type BackupRow = Readonly<{ t: string; r: Record<string, unknown> }>;

export type BackupRecord = Readonly<{ kind: 'row'; row: BackupRow }> | Readonly<{ kind: 'end'; rows: number }>;

/** The largest JSON part of one record (the clear fields and a few names). */
const maxJsonBytes = 16 * 1024 * 1024;

/** The largest byte field of one row: a scan of 1 GiB is more than any row holds. */
const maxFieldBytes = 1024 * 1024 * 1024;

/** Encodes one row as the pieces of its record (the byte fields are not copied). */
export function encodeBackupRow(table: string, row: Readonly<Record<string, unknown>>): Uint8Array[] {
  const fields: Uint8Array[] = [];
  const json = utf8(
    JSON.stringify({ t: table, r: row }, (_key, value: unknown) => {
      if (!(value instanceof Uint8Array)) return value;
      fields.push(value);
      return { $bin: fields.length - 1 };
    }),
  );
  return [
    concatBytes(new Uint8Array([rowRecord]), uint32ToBytes(json.byteLength), uint32ToBytes(fields.length), json),
    ...fields.flatMap((field) => [uint32ToBytes(field.byteLength), field]),
  ];
}

/** The record that closes the content, with how many rows came before it. */
export function encodeBackupEnd(rows: number): Uint8Array<ArrayBuffer> {
  const json = utf8(JSON.stringify({ rows }));
  return concatBytes(new Uint8Array([endRecord]), uint32ToBytes(json.byteLength), json);
}

type Pending = { kind: number; jsonLength: number; fieldCount: number; json: { value: unknown } | null; fields: Uint8Array[]; fieldLength: number | null };

/**
 * Reads records as decrypted frames arrive; a record may span many frames.
 * Anything that does not follow the layout is `backup/damaged`.
 */
export function createBackupRecordReader() {
  const queue = new ByteQueue();
  let pending: Pending | null = null;
  let ended = false;

  const damaged = (cause?: unknown): never => {
    throw new AppError('backup/damaged', { cause });
  };

  const next = (): BackupRecord | null => {
    if (pending === null) {
      const kind = queue.read(1);
      if (kind === null) return null;
      if (ended) damaged();
      pending = { kind: kind[0]!, jsonLength: -1, fieldCount: 0, json: null, fields: [], fieldLength: null };
      if (pending.kind !== rowRecord && pending.kind !== endRecord) damaged();
    }
    const record = pending;
    if (record.jsonLength < 0) {
      const lengths = queue.read(record.kind === rowRecord ? 8 : 4);
      if (lengths === null) return null;
      record.jsonLength = readUint32OrThrow(lengths, 0);
      record.fieldCount = record.kind === rowRecord ? readUint32OrThrow(lengths, 4) : 0;
      if (record.jsonLength > maxJsonBytes || record.fieldCount > 64) damaged();
    }
    if (record.json === null) {
      const json = queue.read(record.jsonLength);
      if (json === null) return null;
      try {
        record.json = { value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json)) as unknown };
      } catch (cause) {
        damaged(cause);
      }
    }
    while (record.fields.length < record.fieldCount) {
      if (record.fieldLength === null) {
        const length = queue.read(4);
        if (length === null) return null;
        record.fieldLength = readUint32OrThrow(length, 0);
        if (record.fieldLength > maxFieldBytes) damaged();
      }
      const field = queue.read(record.fieldLength);
      if (field === null) return null;
      // A small field is a view into a whole frame: copied, so the frame can go.
      record.fields.push(field.byteLength === field.buffer.byteLength ? field : field.slice());
      record.fieldLength = null;
    }
    pending = null;
    const json = record.json?.value;
    return record.kind === endRecord ? endOf(json) : { kind: 'row', row: rowOf(json, record.fields) };
  };

  const endOf = (json: unknown): BackupRecord => {
    const rows = (json as { rows?: unknown } | null)?.rows;
    if (typeof rows !== 'number' || !Number.isInteger(rows) || rows < 0) return damaged();
    ended = true;
    return { kind: 'end', rows };
  };

  return {
    /** Feeds decrypted bytes; returns the records now complete. */
    push(plaintext: Uint8Array): BackupRecord[] {
      queue.push(plaintext);
      const records: BackupRecord[] = [];
      for (let record = next(); record !== null; record = next()) records.push(record);
      return records;
    },

    /** After the last frame: the content must have ended with its end record, nothing after. */
    finishOrThrow(): void {
      if (!ended || pending !== null || queue.available > 0) throw new AppError('backup/damaged');
    },
  };
}

function rowOf(json: unknown, fields: readonly Uint8Array[]): BackupRow {
  const used = new Set<number>();
  const restore = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(restore);
    if (value === null || typeof value !== 'object') return value;
    if ('$bin' in value) {
      const index = value.$bin;
      if (typeof index !== 'number' || !Number.isInteger(index) || fields[index] === undefined || used.has(index)) throw new AppError('backup/damaged');
      used.add(index);
      return fields[index];
    }
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, restore(inner)]));
  };
  const entry = json as { t?: unknown; r?: unknown } | null;
  if (entry === null || typeof entry !== 'object' || typeof entry.t !== 'string' || entry.r === null || typeof entry.r !== 'object' || Array.isArray(entry.r)) {
    throw new AppError('backup/damaged');
  }
  const row = restore(entry.r) as Record<string, unknown>;
  if (used.size !== fields.length) throw new AppError('backup/damaged');
  return { t: entry.t, r: row };
}
