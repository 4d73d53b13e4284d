import { z } from 'zod';

/** How a letter was signed: digitally in the app, or on paper and scanned. */
export const letterKinds = ['digital', 'wet-ink'] as const;

/** A signed letter as kept in the workspace (文档). */
export const letterRecordSchema = z.object({
  kind: z.enum(letterKinds),
  templateId: z.string(),
  templateVersion: z.number().int(),
  templateSha256: z.string(),
  operatorName: z.string(),
  signedAt: z.number(),
  /** 二(一): in force from signing; the date the letter took effect, YYYY-MM-DD in China time. */
  effectiveDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  digest: z.string().nullable(),
  pdfSha256: z.string().nullable(),
  pdfAttachmentId: z.string().nullable(),
  evidenceAttachmentIds: z.array(z.string()),
  scanAttachmentIds: z.array(z.string()),
  /** 二(一): when the service under the letter ended (records are then kept 2 more years); null while it runs. */
  serviceEndedAt: z.number().int().nullable().optional(),
  /** The authorisation letter (授权委托书) kept with a letter an authorised representative signed; also among the evidence. */
  authorisationAttachmentId: z.string().nullable().default(null),
});

export type LetterRecord = z.infer<typeof letterRecordSchema>;

/** The form that registers a letter signed on paper. */
export const wetInkLetterFormSchema = z.object({
  operatorName: z.string().trim().min(2, { message: 'operator-name' }).max(60, { message: 'operator-name' }),
  signedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date' }),
});
