import { z } from 'zod';

export const objectionStatuses = ['open', 'withdrawn', 'resolved'] as const;
export type ObjectionStatus = (typeof objectionStatuses)[number];

/** 三、3: an objection is raised before signing, against a clause, in the operator's words. */
export const objectionFormSchema = z.object({
  clauseId: z.string().min(1, { message: 'clause' }),
  text: z.string().trim().min(5, { message: 'text-short' }).max(1000, { message: 'text-long' }),
});

export type ObjectionForm = z.infer<typeof objectionFormSchema>;

export const objectionFieldsSchema = z.object({
  clauseId: z.string(),
  clauseText: z.string(),
  text: z.string(),
  raisedAt: z.number(),
  closedAt: z.number().nullable(),
});

export type ObjectionFields = z.infer<typeof objectionFieldsSchema>;

/** True while any objection is still open: 三、3 blocks signing until each is withdrawn or resolved. */
export function hasOpenObjection(statuses: readonly ObjectionStatus[]): boolean {
  return statuses.includes('open');
}
