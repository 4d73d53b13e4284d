import { z } from 'zod';
import { signatureCaptureSchema } from './signature-strokes';

/** The wizard's steps in order; 'mark' is 盖章 / 手印. */
export const signingSteps = ['operator', 'read', 'mark', 'signature', 'confirm'] as const;
export type SigningStep = (typeof signingSteps)[number];

/**
 * What the signing wizard has gathered so far, sealed in the workspace after
 * every step, so it can be resumed at any step after a lock or a restart.
 */
export const signingDraftSchema = z.object({
  templateId: z.string(),
  templateVersion: z.number().int(),
  step: z.enum(signingSteps),
  operator: z.record(z.string(), z.string()).nullable(),
  authorisationAttachmentId: z.string().nullable(),
  readToEnd: z.boolean(),
  signature: signatureCaptureSchema.nullable(),
  soleProprietorBoxChecked: z.boolean(),
  marks: z.array(z.object({ kind: z.enum(['seal', 'thumbprint']), attachmentId: z.string(), originalAttachmentId: z.string(), aspect: z.number().positive(), line: z.enum(['operator', 'representative']) })),
  crossPageMark: z.boolean(),
});

export type SigningDraft = z.infer<typeof signingDraftSchema>;

/** A fresh draft for a template. */
export function emptySigningDraft(templateId: string, templateVersion: number): SigningDraft {
  return {
    templateId,
    templateVersion,
    step: 'operator',
    operator: null,
    authorisationAttachmentId: null,
    readToEnd: false,
    signature: null,
    soleProprietorBoxChecked: false,
    marks: [],
    crossPageMark: false,
  };
}
