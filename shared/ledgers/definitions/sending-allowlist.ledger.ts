import { z } from 'zod';
import { formatLinkAddress, parseAllowlistLink, parseAllowlistPhone, type LinkAddress } from '../../screening/links-and-phones';
import { defineLedger, type LedgerRecord } from '../ledger-definition';
import { instant, safeText } from '../ledger-fields';

export const allowlistKinds = ['link', 'phone'] as const;
export type AllowlistKind = (typeof allowlistKinds)[number];

/** One link or phone number of the merchant's own that its messages may carry; stored as the screening compares it. */
export const sendingAllowlistPayloadSchema = z.object({
  kind: z.enum(allowlistKinds),
  value: z.string().min(1).max(300),
  note: z.string().max(200),
  addedAt: instant,
});
export type SendingAllowlistPayload = z.infer<typeof sendingAllowlistPayloadSchema>;

/** The entry as typed: a link with or without https://, a short link as a whole, a number with or without dashes. */
export const sendingAllowlistFormSchema = z
  .object({ kind: z.enum(allowlistKinds), value: safeText(300, { required: true }), note: safeText(200) })
  .superRefine((form, context) => {
    if (form.value === '') return;
    if (form.kind === 'link' && parseAllowlistLink(form.value) === null) context.addIssue({ code: 'custom', message: 'allowlistLink', path: ['value'] });
    if (form.kind === 'phone' && parseAllowlistPhone(form.value) === null) context.addIssue({ code: 'custom', message: 'allowlistPhone', path: ['value'] });
  });
export type SendingAllowlistForm = z.infer<typeof sendingAllowlistFormSchema>;

/** The value kept for a checked form: a link as host and path, a phone number as its digits. */
export function normalizedAllowlistValue(form: Pick<SendingAllowlistForm, 'kind' | 'value'>): string {
  if (form.kind === 'phone') return parseAllowlistPhone(form.value) ?? form.value.trim();
  const address = parseAllowlistLink(form.value);
  return address === null ? form.value.trim() : formatLinkAddress(address);
}

/** The allowlist as the screening reads it. */
export function allowlistOf(records: readonly LedgerRecord<SendingAllowlistPayload>[]): Readonly<{ allowedLinks: LinkAddress[]; allowedPhones: string[] }> {
  const allowedLinks = records.flatMap((record) => {
    const address = record.payload.kind === 'link' ? parseAllowlistLink(record.payload.value) : null;
    return address === null ? [] : [address];
  });
  const allowedPhones = records.flatMap((record) => (record.payload.kind === 'phone' ? [record.payload.value] : []));
  return { allowedLinks, allowedPhones };
}

/**
 * 发送白名单: the links and phone numbers that are the merchant's own. The
 * screening (一(二)1) flags any other link or number in a message. A setting
 * rather than a record of a duty: an entry no longer used may be removed.
 */
export const sendingAllowlistLedger = defineLedger({
  id: 'sending-allowlist',
  ledger: 'content-review',
  primary: false,
  clause: '一(二)1',
  retained: false,
  table: 'sendingAllowlist',
  indexes: ['[addedAt+id]', 'kind'],
  order: '[addedAt+id]',
  payload: sendingAllowlistPayloadSchema,
  index: (payload) => ({ addedAt: payload.addedAt, kind: payload.kind }),
  columns: [
    { id: 'kind', format: 'enum', value: (payload) => payload.kind },
    { id: 'value', format: 'text', value: (payload) => payload.value },
    { id: 'note', format: 'text', value: (payload) => payload.note },
    { id: 'addedAt', format: 'datetime', value: (payload) => payload.addedAt },
  ],
  attachments: [],
  filters: [{ field: 'kind', values: allowlistKinds }],
  search: 'text',
  describe: (payload) => payload.value,
});
