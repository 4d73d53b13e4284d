import { utf8 } from '@shared/encoding/bytes';
import { stableStringify } from '@shared/encoding/stable-json';
import { liftMark } from '@shared/image/mark-lifter';
import type { RgbaImage } from '@shared/image/rgba-image';
import { operatorInfoSchema, type OperatorInfoInput } from '@shared/signing/operator.schema';
import type { SignatureCapture } from '@shared/signing/signature-strokes';
import { loadMarkImages } from '@renderer/features/signing/mark-images';
import { findNotReadyReason, type NotReadyReason } from '@renderer/features/signing/signing-readiness';
import { createPdfFactory } from '@renderer/pdf/pdf-factory';
import { currentLetterTemplate, verifiedTemplateHash } from '@renderer/signing/letter-template-source';
import { saveSignedLetter } from '@renderer/signing/letters-repository';
import { createSignedLetter, type SignedLetter } from '@renderer/signing/signed-letter';
import { addAttachment, discardSigningDraft, listObjections, loadSigningDraft, saveSigningDraft, type StoredDraft } from '@renderer/signing/signing-repository';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';
import { nodePdfAssets, syntheticSignaturePng } from './pdf-test-assets';
import { toPngBuffer } from './synthetic-files';
import { paper, seal, thumbprint } from './synthetic-marks';

// The signing wizard's path, step by step, with the app's own functions: what
// 经营者信息, 阅读, 盖章 / 手印 and 签字 leave in the draft, then what 确认签署
// does with it. Only the drawing of the signature on a canvas is stood in for.

/** What stands in the 经营者 line: a company's seal, or a sole proprietor's thumbprint in its place (box ticked). */
export type OperatorMark = 'seal' | 'thumbprint';

const company: OperatorInfoInput = {
  operatorType: 'enterprise',
  operatorName: '测试信息科技有限公司',
  unifiedSocialCreditCode: '91350100M000100Y43',
  legalRepresentative: '张测试',
  signerRole: 'legal-representative',
  signerName: '',
  contactPhone: '13900001234',
};

const soleProprietor: OperatorInfoInput = { ...company, operatorType: 'sole-proprietor', operatorName: '城南张记小吃店', unifiedSocialCreditCode: '92350100M000100Y40' };

const signature: SignatureCapture = {
  aspectRatio: 3,
  strokes: [{ pointerType: 'pen', startedAt: 0, points: [{ x: 0.1, y: 0.5, t: 0, pressure: 0.4 }, { x: 0.8, y: 0.4, t: 180, pressure: 0.6 }] }],
};

const app = { name: '短信合规助手', version: '0.1.0', runtime: 'browser', platform: 'linux', electronVersion: null, chromeVersion: null } as const;
const pdf = createPdfFactory(nodePdfAssets);

const pngOf = (image: RgbaImage) => new Uint8Array(toPngBuffer(image));

/** A photo of red ink on paper: a round seal, or a thumbprint. */
function capture(mark: OperatorMark): RgbaImage {
  const sheet = paper(420, 420, { noise: 4 });
  return mark === 'seal' ? seal(sheet, { cx: 0.5, cy: 0.5, radius: 0.35 }) : thumbprint(sheet, { cx: 0.5, cy: 0.5, rx: 0.18, ry: 0.3 });
}

/**
 * Lifts a mark from its photo and keeps both with the draft, as 盖章 / 手印
 * does; the draft's marks then name them on the 经营者 line.
 */
export async function addOperatorMark(store: WorkspaceStore, stored: StoredDraft, mark: OperatorMark, now: number): Promise<StoredDraft> {
  const photo = capture(mark);
  const lifted = liftMark(photo, mark);
  if (!lifted.ok) throw new Error(`the synthetic ${mark} did not lift: ${lifted.problem}`);
  const owner = { table: 'signingDrafts', id: stored.id };
  const originalAttachmentId = await addAttachment(store, owner, { name: `${mark}-照片.png`, data: pngOf(photo) }, `${mark}-original`, now);
  const attachmentId = await addAttachment(store, owner, { name: `${mark}.png`, data: pngOf(lifted.mark) }, `${mark}-image`, now);
  const others = stored.draft.marks.filter((existing) => existing.line !== 'operator');
  const next = { id: stored.id, draft: { ...stored.draft, marks: [...others, { kind: mark, line: 'operator' as const, attachmentId, originalAttachmentId, aspect: lifted.mark.width / lifted.mark.height }] } };
  await saveSigningDraft(store, next, now);
  return next;
}

/**
 * A draft as the wizard leaves it at 确认: the operator (a company, or a sole
 * proprietor who ticked the box of 特殊情况说明), the letter read to the end,
 * the representative's signature, and no operator mark yet.
 */
export async function draftBeforeMark(store: WorkspaceStore, operator: 'company' | 'sole-proprietor', now: number): Promise<StoredDraft> {
  const loaded = await loadSigningDraft(store, currentLetterTemplate.id, currentLetterTemplate.version);
  const stored: StoredDraft = {
    id: loaded.id,
    draft: {
      ...loaded.draft,
      step: 'confirm',
      operator: operator === 'company' ? company : soleProprietor,
      readToEnd: true,
      soleProprietorBoxChecked: operator === 'sole-proprietor',
      signature,
    },
  };
  await saveSigningDraft(store, stored, now);
  return stored;
}

/** A draft ready to sign: a company's seal, or a sole proprietor's thumbprint in its place. */
export async function draftReadyToSign(store: WorkspaceStore, mark: OperatorMark, now: number): Promise<StoredDraft> {
  return addOperatorMark(store, await draftBeforeMark(store, mark === 'seal' ? 'company' : 'sole-proprietor', now), mark, now);
}

/** Why 确认签署 stays disabled for this draft (its open objections counted as the step counts them), or null. */
export async function signingBlockedBy(store: WorkspaceStore, stored: StoredDraft): Promise<NotReadyReason | null> {
  const open = (await listObjections(store, stored.id)).filter((objection) => objection.status === 'open').length;
  return findNotReadyReason(stored.draft, open);
}

/**
 * What 确认签署 does: the signed PDF made with the workspace's key from the
 * draft's marks and signature, kept with its evidence, the draft discarded.
 * Refused, as the button is, while the draft is not ready.
 */
export async function signDraftOrThrow(store: WorkspaceStore, stored: StoredDraft, signedAt: number): Promise<Readonly<{ letterId: string; signed: SignedLetter }>> {
  const blocked = await signingBlockedBy(store, stored);
  if (blocked !== null) throw new Error(`确认签署 is disabled: ${blocked}`);
  const draft = stored.draft;
  // Stands in for renderSignaturePng, which draws the strokes on a canvas.
  const signaturePng = syntheticSignaturePng(300, 100);
  const marks = await loadMarkImages(store, draft);
  const signed = await createSignedLetter(store, pdf, {
    template: currentLetterTemplate,
    templateSha256: await verifiedTemplateHash(),
    operator: operatorInfoSchema.parse(draft.operator),
    signature: draft.signature,
    images: [{ role: 'representative-signature', png: signaturePng, aspect: 3 }, ...marks.images],
    authorisation: null,
    soleProprietorBoxChecked: draft.soleProprietorBoxChecked,
    crossPageMark: draft.crossPageMark,
    signedAt,
    app,
  });
  const evidence = [{ name: '签名.png', purpose: 'signature-image', data: signaturePng }, { name: '笔迹数据.json', purpose: 'stroke-data', data: utf8(stableStringify(draft.signature)) }, ...marks.evidence];
  const letterId = await saveSignedLetter(store, signed, { evidence, authorisation: null }, signedAt);
  await discardSigningDraft(store, stored.id);
  return { letterId, signed };
}

/** A letter signed through the wizard at `signedAt`: sealed by a company, or with a sole proprietor's thumbprint. */
export async function signLetter(store: WorkspaceStore, mark: OperatorMark, signedAt: number): Promise<Readonly<{ letterId: string; signed: SignedLetter }>> {
  return signDraftOrThrow(store, await draftReadyToSign(store, mark, signedAt), signedAt);
}
