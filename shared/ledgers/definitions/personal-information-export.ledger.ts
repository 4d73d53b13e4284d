import { z } from 'zod';
import { defineLedger } from '../ledger-definition';
import { instant, safeText } from '../ledger-fields';

/** Why the full numbers leave the app: required, and checked like every text the ledgers keep. */
export const fullExportReasonSchema = safeText(200, { required: true });

export const exportFormats = ['xlsx', 'pdf'] as const;

export const exportRecordPayloadSchema = z.object({
  at: instant,
  /** The ledger exported, by its title at the time. */
  ledgerTitle: z.string().max(60),
  format: z.enum(exportFormats),
  rows: z.number().int().nonnegative(),
  reason: z.string().max(200),
});
export type ExportRecordPayload = z.infer<typeof exportRecordPayloadSchema>;

/**
 * 个人信息台账 → 完整号码导出记录: every export that showed phone numbers in
 * full, with its stated reason. Its creation is the audit log's entry for the
 * export (the log itself holds no free text).
 */
export const personalInformationExportLedger = defineLedger({
  id: 'personal-information-export',
  ledger: 'personal-information',
  primary: false,
  clause: '一(一)2',
  retained: true,
  table: 'personalInformationExports',
  indexes: ['[at+id]'],
  order: '[at+id]',
  payload: exportRecordPayloadSchema,
  index: (payload) => ({ at: payload.at }),
  columns: [
    { id: 'at', format: 'datetime', value: (payload) => payload.at },
    { id: 'ledgerTitle', format: 'text', value: (payload) => payload.ledgerTitle },
    { id: 'format', format: 'enum', values: exportFormats, value: (payload) => payload.format },
    { id: 'rows', format: 'number', value: (payload) => payload.rows },
    { id: 'reason', format: 'text', value: (payload) => payload.reason },
  ],
  attachments: [],
  search: 'text',
  describe: (payload) => payload.reason,
});
