import { z } from 'zod';
import { importColumnProblems, importRowProblems } from '../../import/import-problems';
import { defineLedger } from '../ledger-definition';
import { instant } from '../ledger-fields';
import { consentMethods } from '../personal-information.schema';
import { scenarioIdSchema } from '../scenario-id';

/** The ledger fields a column of an imported file can fill; `skip` leaves a column out. */
export const importFields = ['phone', 'name', 'scenario', 'source', 'consent', 'collectedAt', 'usage'] as const;
export type ImportField = (typeof importFields)[number];

export const importStates = ['running', 'done', 'cancelled'] as const;
export type ImportState = (typeof importStates)[number];

/** What each column of the file was taken as. */
export const columnMappingSchema = z.object({ column: z.number().int().nonnegative().max(1000), heading: z.string().max(60), field: z.enum([...importFields, 'skip']) });
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

/** The values of fields no column fills, chosen before the import starts. */
export const importDefaultsSchema = z.object({
  /** An agreed scenario, or a consented new one; the rows check it against 场景变更申请 like a cell. */
  scenario: scenarioIdSchema,
  consent: z.enum(consentMethods),
  source: z.string().max(100),
  usage: z.string().max(200),
  collectedAt: instant,
});
export type ImportDefaults = z.infer<typeof importDefaultsSchema>;

/** How many problems a batch keeps for its report; beyond, it counts them. */
export const keptProblems = 20_000;

export const importBatchPayloadSchema = z.object({
  fileName: z.string().max(120),
  fileKind: z.enum(['csv', 'xlsx']),
  encoding: z.string().max(20),
  startedAt: instant,
  finishedAt: instant.nullable(),
  state: z.enum(importStates),
  mapping: z.array(columnMappingSchema).max(1000),
  defaults: importDefaultsSchema,
  totalRows: z.number().int().nonnegative(),
  stored: z.number().int().nonnegative(),
  refused: z.number().int().nonnegative(),
  duplicates: z.number().int().nonnegative(),
  problems: z.array(z.object({ row: z.number().int().positive(), column: z.string().max(80), reason: z.enum(importRowProblems) })).max(keptProblems),
  problemsNotKept: z.number().int().nonnegative(),
  refusedColumns: z.array(z.object({ column: z.string().max(80), reason: z.enum(importColumnProblems) })).max(1000),
});
export type ImportBatchPayload = z.infer<typeof importBatchPayloadSchema>;

/**
 * 个人信息台账 → 导入记录: one file imported into the ledger (一(一)3), with
 * its column mapping, its counts and its error report. Its rows carry its id,
 * so the service for a whole batch can end at once. While it runs, the file
 * itself is kept sealed in the row's body so that an import cut short resumes
 * at the next unlock; it is dropped when the import ends.
 */
export const personalInformationImportLedger = defineLedger({
  id: 'personal-information-import',
  ledger: 'personal-information',
  primary: false,
  clause: '一(一)3',
  retained: true,
  table: 'personalInformationImports',
  indexes: ['[startedAt+id]', 'status'],
  order: '[startedAt+id]',
  payload: importBatchPayloadSchema,
  index: (payload) => ({ startedAt: payload.startedAt, status: payload.state, finishedAt: payload.finishedAt ?? 0 }),
  columns: [
    { id: 'startedAt', format: 'datetime', value: (payload) => payload.startedAt },
    { id: 'fileName', format: 'text', value: (payload) => payload.fileName },
    { id: 'state', format: 'enum', values: importStates, value: (payload) => payload.state },
    { id: 'totalRows', format: 'number', value: (payload) => payload.totalRows },
    { id: 'stored', format: 'number', value: (payload) => payload.stored },
    { id: 'refused', format: 'number', value: (payload) => payload.refused },
    { id: 'duplicates', format: 'number', exportOnly: true, value: (payload) => payload.duplicates },
    { id: 'finishedAt', format: 'datetime', exportOnly: true, value: (payload) => payload.finishedAt },
  ],
  attachments: [],
  filters: [{ field: 'status', values: importStates }],
  search: 'text',
  describe: (payload) => payload.fileName,
});
