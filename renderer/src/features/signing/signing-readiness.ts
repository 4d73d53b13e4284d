import { operatorInfoSchema } from '@shared/signing/operator.schema';
import type { SigningDraft } from '@shared/signing/signing-draft.schema';

export type NotReadyReason = 'operator' | 'read' | 'objection' | 'signature' | 'mark';

/**
 * Why the draft cannot be signed yet, or null when it can: complete operator
 * information, the letter read to the end (and no open objection), a
 * signature, and for a sole proprietor who ticked the box, the thumbprint.
 */
export function findNotReadyReason(draft: SigningDraft, openObjections: number): NotReadyReason | null {
  if (!operatorInfoSchema.safeParse(draft.operator ?? {}).success) return 'operator';
  if (!draft.readToEnd) return 'read';
  if (openObjections > 0) return 'objection';
  if (draft.signature === null) return 'signature';
  if (draft.soleProprietorBoxChecked && !draft.marks.some((mark) => mark.kind === 'thumbprint' && mark.line === 'operator')) return 'mark';
  return null;
}
