import { z } from 'zod';
import { AppError } from '@shared/errors/app-error';
import type { Host } from '@shared/ipc/host';
import type { SaveFileResponse } from '@shared/ipc/files.schema';
import { valueOrThrow } from '@shared/ipc/result';
import { providerOriginalManifest, providerOriginalNames, providerReceiptLetter } from '@shared/signing/provider-original';
import type { SigningRecord } from '@shared/signing/signing-evidence';
import { utf8 } from '@shared/encoding/bytes';
import { makeNoticeLetterPdf } from '@renderer/documents/notice-letter-pdf';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';
import { readAttachment } from './signing-repository';
import { findLetterTemplateOrThrow } from './letter-template-source';

/** A signed letter as the hand-over needs it: the PDF, what was signed, and its two hashes. */
export type ProviderOriginalSource = Readonly<{ pdf: Uint8Array<ArrayBuffer>; record: SigningRecord; digest: string; pdfSha256: string }>;

// What the hand-over reads of a stored letter's signing record (older letters lack the authorisation).
const storedRecordSchema = z.object({
  template: z.object({ id: z.string(), version: z.number().int(), sha256: z.string() }),
  operator: z.object({
    operatorType: z.enum(['enterprise', 'sole-proprietor']),
    operatorName: z.string(),
    unifiedSocialCreditCode: z.string(),
    legalRepresentative: z.string(),
    signerRole: z.enum(['legal-representative', 'authorised-representative']),
    signerName: z.string(),
    contactPhone: z.string(),
  }),
  signedAt: z.number(),
  soleProprietorBoxChecked: z.boolean(),
  crossPageMark: z.boolean(),
  images: z.array(z.object({ role: z.enum(['representative-signature', 'operator-signature', 'operator-seal', 'operator-thumbprint', 'representative-thumbprint']), sha256: z.string(), originalSha256: z.string().optional() })),
  strokes: z.object({ sha256: z.string(), summary: z.object({ strokes: z.number(), points: z.number(), durationMs: z.number(), pointerTypes: z.array(z.string()), pressure: z.tuple([z.number(), z.number()]).nullable() }) }).nullable(),
  authorisation: z.object({ name: z.string(), sha256: z.string() }).nullable().optional(),
  certificateFingerprint: z.string(),
  app: z.object({ version: z.string(), runtime: z.string(), platform: z.string(), device: z.string() }),
});
const storedLetterSchema = z.object({ digest: z.string(), pdfSha256: z.string(), pdfAttachmentId: z.string(), record: storedRecordSchema });

/** A letter signed in the app, read back from 文档 for the hand-over; refused when it was signed on paper. */
export async function loadProviderOriginal(store: WorkspaceStore, letterId: string): Promise<ProviderOriginalSource> {
  const row = await store.getRecord('letters', letterId);
  const parsed = storedLetterSchema.safeParse(row?.fields);
  if (row === null || !parsed.success) throw new AppError('vault/record-unreadable');
  const pdf = await readAttachment(store, parsed.data.pdfAttachmentId);
  const { images, authorisation, ...rest } = parsed.data.record;
  const record: SigningRecord = {
    ...rest,
    images: images.map(({ originalSha256, ...image }) => (originalSha256 === undefined ? image : { ...image, originalSha256 })),
    authorisation: authorisation ?? null,
  };
  return { pdf: pdf.data, record, digest: parsed.data.digest, pdfSha256: parsed.data.pdfSha256 };
}

/**
 * 三、4: the provider's original, in one step: the signed PDF, a manifest of
 * its hashes and the receipt to be signed by whoever receives it, together in
 * a new folder where the agent points (a USB stick). Returns what happened
 * and the receipt, to print for the merchant.
 */
export async function exportProviderOriginal(host: Host, source: ProviderOriginalSource, now: number): Promise<Readonly<{ outcome: SaveFileResponse; receipt: Uint8Array<ArrayBuffer>; receiptName: string }>> {
  const { record } = source;
  const names = providerOriginalNames(record.operator.operatorName, record.signedAt);
  const templateTitle = findLetterTemplateOrThrow(record.template.id, record.template.version).title;
  const manifest = providerOriginalManifest({ record, templateTitle, digest: source.digest, pdfName: names.pdfName, pdfSha256: source.pdfSha256, exportedAt: now });
  const operator = record.operator;
  const receipt = await makeNoticeLetterPdf(
    providerReceiptLetter({ templateTitle, record, digest: source.digest, pdfName: names.pdfName, pdfSha256: source.pdfSha256, handedAt: now }),
    {
      operatorName: operator.operatorName,
      unifiedSocialCreditCode: operator.unifiedSocialCreditCode,
      legalRepresentative: operator.legalRepresentative,
      contactPerson: operator.signerRole === 'authorised-representative' && operator.signerName !== '' ? operator.signerName : operator.legalRepresentative,
      contactPhone: operator.contactPhone,
    },
    now,
  );
  const outcome = valueOrThrow(
    await host.files.saveToFolder({
      folderName: names.folderName,
      files: [
        { name: names.pdfName, data: source.pdf },
        { name: names.manifestName, data: utf8(manifest) },
        { name: names.receiptName, data: receipt },
      ],
    }),
  );
  return { outcome, receipt, receiptName: names.receiptName };
}
