import type { ReactNode } from 'react';
import type { z } from 'zod';
import type { LedgerRecord } from '@shared/ledgers/ledger-definition';
import type { LedgerId } from '@shared/ledgers/ledger-registry';
import type { WorkspaceRegistry } from '@renderer/storage/registry-db';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';

/**
 * One input of a ledger's form. Its label is `ledger.<id>.field.<name>`, its
 * hint (if the catalogue has one) `ledger.<id>.hint.<name>`; a select's
 * options are `ledger.<id>.enum.<name>.<option>`. Fields sharing a `group`
 * stand together under the heading `ledger.<id>.group.<group>`.
 */
export type FormFieldSpec = Readonly<
  (
    | { name: string; kind: 'text' | 'textarea' | 'date' | 'datetime' | 'secret' }
    /** `choose`: starts empty (请选择…), so each answer is a deliberate one (a checklist). */
    | { name: string; kind: 'select'; options: readonly string[]; choose?: boolean }
    /** A record of another ledger (a person of 人员, a credential). */
    | { name: string; kind: 'record'; ledger: LedgerId }
    /** Several records of another ledger, ticked (the people who attended); the value is their ids. */
    | { name: string; kind: 'records'; ledger: LedgerId }
    /** Several fixed options, ticked (the subjects a training covered); the value is the ticked options. */
    | { name: string; kind: 'checks'; options: readonly string[] }
    /** A calendar quarter, from the one of signing to the current one (`2026-Q4`). */
    | { name: string; kind: 'quarter' }
    /** One of a list read at run time (the scenarios selectable now); the hook gives null while it loads. */
    | { name: string; kind: 'choice'; useChoices: () => readonly Choice[] | null }
  ) & { group?: string }
>;

/** An option of a `choice` field: the value the form keeps and the words shown. */
export type Choice = Readonly<{ value: string; label: string }>;

/** What turning a form into a payload may need: the store (for fingerprints, other ledgers), the device's settings (word lists) and the time. */
export type FormContext = Readonly<{ store: WorkspaceStore; registry: WorkspaceRegistry; now: number }>;

/**
 * The screen side of one ledger definition: its form and, where the record
 * has a workflow, its panel. Routes, cards, lists and exports come from the
 * definition itself. Functions are methods, so contributions of every payload
 * fit one registry; each is handed only what its own schema produced.
 */
export type LedgerContribution<Payload, Form extends Record<string, unknown>> = Readonly<{
  fields: readonly FormFieldSpec[];
  formSchema(now: () => number): z.ZodType<Form, Form>;
  emptyForm(now: number): Form;
  toForm(payload: Payload): Form;
  toPayload(form: Form, previous: Payload | null, context: FormContext): Payload | Promise<Payload>;
  /** False for records whose steps are recorded in their panel rather than by editing the whole form. */
  editable: boolean;
  /** For records editable only in some states (a draft until it is issued, content nobody has reviewed yet); default always. */
  isEditable?(record: LedgerRecord<Payload>): boolean;
  /** The record's workflow (steps, letters, rotations), shown on its page. */
  panel?(record: LedgerRecord<Payload>): ReactNode;
}>;

/** A contribution of any ledger. */
export type AnyLedgerContribution = LedgerContribution<unknown, Record<string, unknown>>;
