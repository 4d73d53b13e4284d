import { z } from 'zod';
import { instant } from '../ledger-fields';

/**
 * What version 2 kept of a training, a drill, a self-inspection or a policy:
 * when it was done and a note. The ledgers of version 3 read such a row as a
 * record of their own marked `legacy` (the migration of version 2 hands rows
 * to today's schemas, and version 3 then rewrites them in the new shape).
 */
export const legacyCompletionSchema = z.strictObject({ at: instant, note: z.string().max(500) });
export type LegacyCompletion = z.infer<typeof legacyCompletionSchema>;
