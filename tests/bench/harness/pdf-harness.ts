import type { AppServices } from '@renderer/session/app-services';
import { renderSignaturePng } from '@renderer/features/signing/signature-drawing';
import { rehearsalLetterInput, rehearsalSignature } from '@renderer/features/signing/signing-rehearsal';
import { appPdfFactory } from '@renderer/pdf/app-pdf';
import { currentLetterTemplate, verifiedTemplateHash } from '@renderer/signing/letter-template-source';
import { createSignedLetter, prepareSignedLetter } from '@renderer/signing/signed-letter';

// The signed letter as the app makes it when 确认签署 is pressed: the
// signature drawn to PNG, the letter laid out, rendered with the subset font,
// and signed. Driven by tests/bench/pdf.bench.ts. Never shipped.

const app = { name: '短信合规助手', version: '0.1.0', runtime: 'browser', platform: 'linux', electronVersion: null, chromeVersion: null } as const;

export function createPdfBench(services: AppServices, passphrase: string) {
  return {
    /**
     * What the wizard does when it opens (font, subsetter, signing identity,
     * one rehearsal letter thrown away),
     * then milliseconds for each of `runs` letters from 确认签署 to the signed
     * PDF, and the size of the last.
     */
    signedLetters: async (runs: number): Promise<{ prepareMs: number; samples: number[]; bytes: number; header: string }> => {
      const { store } = await services.vault.create(`pdf-bench-${Date.now() % 100_000}`, passphrase);
      const preparing = performance.now();
      await prepareSignedLetter(store, appPdfFactory(), Date.now(), () => rehearsalLetterInput(app, Date.now()));
      const prepareMs = performance.now() - preparing;
      // Not the rehearsal's own strokes: a different signature, as a merchant's would be.
      const rehearsed = rehearsalSignature();
      const capture = { ...rehearsed, strokes: rehearsed.strokes.map((stroke) => ({ ...stroke, points: stroke.points.map((point) => ({ ...point, y: 0.2 + point.y * 0.7, pressure: 1 - point.pressure })) })) };
      const templateSha256 = await verifiedTemplateHash();
      const samples: number[] = [];
      let last = new Uint8Array();
      for (let i = 0; i < runs; i += 1) {
        const started = performance.now();
        const signature = await renderSignaturePng(capture);
        const letter = await createSignedLetter(store, appPdfFactory(), {
          template: currentLetterTemplate,
          templateSha256,
          operator: {
            operatorType: 'enterprise',
            operatorName: '测试信息科技有限公司',
            unifiedSocialCreditCode: '91350100M000100Y43',
            legalRepresentative: '张测试',
            signerRole: 'legal-representative',
            signerName: '',
            contactPhone: '13900001234',
          },
          signature: capture,
          images: [{ role: 'representative-signature', png: signature.png, aspect: signature.aspect }],
          authorisation: null,
          soleProprietorBoxChecked: false,
          crossPageMark: false,
          signedAt: Date.now(),
          app,
        });
        samples.push(performance.now() - started);
        last = letter.pdf;
      }
      store.close();
      return { prepareMs, samples, bytes: last.byteLength, header: new TextDecoder().decode(last.slice(0, 5)) };
    },
  };
}

export type PdfBenchApi = ReturnType<typeof createPdfBench>;
