import { z } from 'zod';
import type { MerchantDetails } from '@shared/documents/notice-letter';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';

// What a signed letter keeps of the operator (the signing record's step 1).
const signedOperatorSchema = z.object({
  record: z.object({
    operator: z.object({
      operatorName: z.string(),
      unifiedSocialCreditCode: z.string(),
      legalRepresentative: z.string(),
      signerRole: z.enum(['legal-representative', 'authorised-representative']),
      signerName: z.string(),
      contactPhone: z.string(),
    }),
  }),
});

/**
 * The merchant as the newest letter signed in the app names it; null before
 * a letter is signed here (a paper copy records only the name).
 */
export async function loadMerchantDetails(store: WorkspaceStore): Promise<MerchantDetails | null> {
  const page = await store.page('letters', { index: '[signedAt+id]', limit: 20, direction: 'desc' });
  for (const row of page.rows) {
    const parsed = signedOperatorSchema.safeParse(row.fields);
    if (!parsed.success) continue;
    const operator = parsed.data.record.operator;
    return {
      operatorName: operator.operatorName,
      unifiedSocialCreditCode: operator.unifiedSocialCreditCode,
      legalRepresentative: operator.legalRepresentative,
      contactPerson: operator.signerRole === 'authorised-representative' && operator.signerName !== '' ? operator.signerName : operator.legalRepresentative,
      contactPhone: operator.contactPhone,
    };
  }
  return null;
}
