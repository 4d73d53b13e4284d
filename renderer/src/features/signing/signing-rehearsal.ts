import type { AppInfo } from '@shared/ipc/app-info';
import type { SignatureCapture } from '@shared/signing/signature-strokes';
import { currentLetterTemplate, verifiedTemplateHash } from '@renderer/signing/letter-template-source';
import type { SignedLetterInput } from '@renderer/signing/signed-letter';
import { renderSignaturePng } from './signature-drawing';

/** Three pen strokes with varying pressure: the rehearsal's stand-in signature. */
export function rehearsalSignature(): SignatureCapture {
  const strokes = [0, 1, 2].map((index) => ({
    pointerType: 'pen' as const,
    startedAt: index * 900,
    points: Array.from({ length: 240 }, (_, i) => ({
      x: 0.08 + index * 0.3 + (i / 240) * 0.25,
      y: 0.5 + 0.3 * Math.sin(i / 18 + index),
      t: index * 900 + i * 3,
      pressure: 0.35 + 0.3 * Math.abs(Math.sin(i / 30)),
    })),
  }));
  return { aspectRatio: 3, strokes };
}

/**
 * A letter shaped like a real one (the current template, a drawn signature,
 * the evidence page), for `prepareSignedLetter` to make and throw away. Its
 * names say what it is, should it ever be seen.
 */
export async function rehearsalLetterInput(app: AppInfo, now: number): Promise<SignedLetterInput> {
  const signature = rehearsalSignature();
  const drawn = await renderSignaturePng(signature);
  return {
    template: currentLetterTemplate,
    templateSha256: await verifiedTemplateHash(),
    operator: {
      operatorType: 'enterprise',
      operatorName: '签署预演（不保存）',
      unifiedSocialCreditCode: '91350100M000100Y43',
      legalRepresentative: '预演',
      signerRole: 'legal-representative',
      signerName: '',
      contactPhone: '13900000000',
    },
    signature,
    images: [{ role: 'representative-signature', png: drawn.png, aspect: drawn.aspect }],
    authorisation: null,
    soleProprietorBoxChecked: false,
    crossPageMark: false,
    signedAt: now,
    app,
  };
}
