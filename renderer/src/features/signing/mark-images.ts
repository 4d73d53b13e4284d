import type { SigningDraft } from '@shared/signing/signing-draft.schema';
import { bytesToHex } from '@shared/encoding/hex';
import type { SigningImage } from '@renderer/signing/signed-letter';
import type { LetterEvidenceFile } from '@renderer/signing/letters-repository';
import { readAttachment } from '@renderer/signing/signing-repository';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';

/**
 * The seal and thumbprint images of a draft (lifted PNGs, kept sealed in the
 * workspace), with the hash of each original capture for the evidence page.
 */
export async function loadMarkImages(store: WorkspaceStore, draft: SigningDraft): Promise<{ images: SigningImage[]; evidence: LetterEvidenceFile[] }> {
  const images: SigningImage[] = [];
  const evidence: LetterEvidenceFile[] = [];
  for (const mark of draft.marks) {
    const lifted = await readAttachment(store, mark.attachmentId);
    const original = await readAttachment(store, mark.originalAttachmentId);
    const originalSha256 = bytesToHex(await store.cryptoPort.sha256(original.data));
    images.push({ role: `${mark.line}-${mark.kind}` as SigningImage['role'], png: lifted.data, aspect: mark.aspect, originalSha256 });
    evidence.push({ name: lifted.name, purpose: `${mark.kind}-image`, data: lifted.data });
    evidence.push({ name: original.name, purpose: `${mark.kind}-original`, data: original.data });
  }
  return { images, evidence };
}
