import { operatorInfoSchema } from '@shared/signing/operator.schema';
import type { SigningDraft } from '@shared/signing/signing-draft.schema';

export type NotReadyReason = 'operator' | 'authorisation' | 'read' | 'objection' | 'signature' | 'mark';

/** The mark the 经营者 line needs: a seal, or — sole proprietor, box ticked — the thumbprint in its place. */
export function requiredOperatorMark(draft: SigningDraft): 'seal' | 'thumbprint' {
  const type = (draft.operator as { operatorType?: string } | null)?.operatorType;
  return type === 'sole-proprietor' && draft.soleProprietorBoxChecked ? 'thumbprint' : 'seal';
}

/** The representative signs, or gives a thumbprint instead (or both). */
export function hasRepresentativeMark(draft: SigningDraft): boolean {
  return draft.signature !== null || draft.marks.some((mark) => mark.line === 'representative');
}

/**
 * Why the draft cannot be signed yet, or null when it can: complete operator
 * information (with the authorisation letter when an authorised
 * representative signs), the letter read to the end (and no open objection), the
 * operator's seal or thumbprint, and the representative's signature or thumbprint.
 */
export function findNotReadyReason(draft: SigningDraft, openObjections: number): NotReadyReason | null {
  const operator = operatorInfoSchema.safeParse(draft.operator ?? {});
  if (!operator.success) return 'operator';
  if (operator.data.signerRole === 'authorised-representative' && draft.authorisationAttachmentId === null) return 'authorisation';
  if (!draft.readToEnd) return 'read';
  if (openObjections > 0) return 'objection';
  const operatorMark = requiredOperatorMark(draft);
  if (!draft.marks.some((mark) => mark.line === 'operator' && mark.kind === operatorMark)) return 'mark';
  if (!hasRepresentativeMark(draft)) return 'signature';
  return null;
}
