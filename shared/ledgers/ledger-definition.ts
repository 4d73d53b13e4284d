import type { z } from 'zod';
import type { ObligationId } from '../obligations/obligation-catalogue';
import type { Clock } from '../obligations/obligation-engine';
import type { LedgerKind } from './ledger-kinds';

/** A clear index value: a date as epoch ms, a status, an id, a blind index. Never personal data. */
export type IndexValue = string | number;
export type IndexValues = Readonly<Record<string, IndexValue>>;

/** An index field whose stored value is the workspace's keyed blind index of `value` (a phone number). */
export type BlindValue = Readonly<{ blind: 'phone'; value: string }>;

/** What a definition derives from a payload: clear values, or blind-index inputs the store turns into HMACs. */
export type DerivedIndex = Readonly<Record<string, IndexValue | BlindValue>>;

/** A blind-index field of a derived index. */
export function blindIndexOf(value: string): BlindValue {
  return { blind: 'phone', value };
}

/** True for an index field the store must turn into a blind index. */
export function isBlindValue(value: IndexValue | BlindValue): value is BlindValue {
  return typeof value === 'object';
}

/**
 * How a column's value is shown and exported: dates in China time, `enum`
 * through the ledger's messages (`ledger.<id>.enum.<column>.<value>`), `ref`
 * as the description of the record it names (a person from 人员, a
 * credential), `masked-phone` as 138****1234, `scenario` as the name of a
 * scenario id: an agreed one through the ledger's messages (like `enum`), a
 * consented one as its scope change's description (like `ref`).
 */
export type ColumnFormat = 'text' | 'date' | 'datetime' | 'enum' | 'number' | 'ref' | 'masked-phone' | 'yes-no' | 'scenario';

export type ColumnValue = string | number | boolean | null;

/** One column of a ledger's list and of its exports; its heading is `ledger.<id>.column.<column id>`. */
export type LedgerColumn<Payload> = Readonly<{
  id: string;
  format: ColumnFormat;
  /** Left out of the on-screen list (still exported). */
  exportOnly?: boolean;
  /** For `ref` and `scenario`: the definition id of the record named. */
  ref?: string;
  /** For an `enum` derived from the record rather than chosen in a select field (a status): every value it takes, so each has its words. */
  values?: readonly string[];
  value(payload: Payload): ColumnValue;
}>;

/** A kind of file a record keeps as evidence; its label is `ledger.<id>.attachment.<slot id>`. */
export type AttachmentSlot = Readonly<{ id: string; accepts: readonly ('pdf' | 'image')[] }>;

/** A list filter on one clear index field; option labels are `ledger.<id>.filter.<field>.<value>`. */
export type LedgerFilter = Readonly<{ field: string; values: readonly string[] }>;

/** A stored record as the ledger reads it: the parsed payload and its verified index values. */
export type LedgerRecord<Payload> = Readonly<{ id: string; payload: Payload; index: IndexValues }>;

/**
 * Everything the app knows about one kind of ledger record, in one place.
 * Storage (the table and its indexes), the 台账 card and routes, backups,
 * the obligation engine's input, the dashboard's links and the export
 * columns are all derived from these; a new ledger is one definition, its
 * form and its messages.
 */
export type LedgerDefinition<Payload> = Readonly<{
  /** Route segment and message prefix (`ledger.<id>.…`). */
  id: string;
  /** The letter's ledger (台账 card) this record type belongs to. */
  ledger: LedgerKind;
  /** The first definition of a ledger is its card's page; the others show as sections of it. */
  primary: boolean;
  clause: string | null;
  /**
   * 二(一): a compliance record, kept until 2 years after the service ends.
   * False only for personal data, which must go when no longer needed.
   */
  retained: boolean;
  /** A draft (a plan not yet issued) is no compliance record yet: 二(一) does not keep it. */
  isDraft?(index: IndexValues): boolean;
  /**
   * A record's own keeping period on top of 二(一), counted from one of its
   * index values (一(五)3: a self-inspection report and its fixes, 2 years).
   */
  keptFrom?: Readonly<{ obligation: ObligationId; from(index: IndexValues): number | null }>;
  /** Whether a record may be chosen in another ledger's form (default: no `status`, or `active`). */
  isChoosable?(index: IndexValues): boolean;
  /** The IndexedDB table; rows are sealed. */
  table: string;
  /** Clear index fields beyond the primary key `id`: plain fields and `[field+id]` compounds (Dexie syntax). */
  indexes: readonly string[];
  /** The `[field+id]` index the list pages by, newest first. */
  order: string;
  /** The sealed payload, parsed on every read and before every write. */
  payload: z.ZodType<Payload>;
  /** The one function that derives the clear index fields from a payload. */
  index(payload: Payload): DerivedIndex;
  /** A compact sealed form for ledgers of very many rows; the payload schema checks what it unpacks. */
  codec?: Readonly<{ pack(payload: Payload): unknown; unpack(sealed: unknown, index: IndexValues): unknown }>;
  columns: readonly LedgerColumn<Payload>[];
  attachments: readonly AttachmentSlot[];
  filters?: readonly LedgerFilter[];
  /** `phone`: exact number through the blind index; `text`: the words of the text columns, over every record. */
  search?: 'phone' | 'text';
  /** A short line naming a record (in lists of other ledgers, pickers, the dashboard). */
  describe(payload: Payload): string;
  /** Clocks this record feeds to the obligation engine, from its authenticated index values only. */
  clocks?(record: Readonly<{ id: string; index: IndexValues }>): readonly Clock[];
  /**
   * A record-level retention rule on top of 二(一) (一(二)2: review records of
   * a large batch are kept a year): the instant from which the record may go
   * and the catalogue rule that keeps it, from its verified index values;
   * null when none applies.
   */
  keepUntil?(record: Readonly<{ id: string; index: IndexValues }>): Readonly<{ until: number; rule: ObligationId }> | null;
  /** Rows that can carry clocks, by an indexed field (default: every row). */
  clockRows?: Readonly<{ field: string; values: readonly IndexValue[] }>;
}>;

/**
 * Any definition, its payload type erased. The functions taking a payload
 * are methods, so a definition of any payload fits; callers pass them only
 * payloads the same definition's schema parsed.
 */
export type AnyLedgerDefinition = LedgerDefinition<unknown>;

/** A definition, its payload type inferred from its schema and its id and table kept as literal types. */
export function defineLedger<Payload, const Id extends string, const Table extends string>(
  definition: LedgerDefinition<Payload> & Readonly<{ id: Id; table: Table }>,
): LedgerDefinition<Payload> & Readonly<{ id: Id; table: Table }> {
  return definition;
}

/** The clear index of a `[field+id]` compound: its field. */
export function orderField(definition: AnyLedgerDefinition): string {
  return definition.order.slice(1, definition.order.indexOf('+'));
}
