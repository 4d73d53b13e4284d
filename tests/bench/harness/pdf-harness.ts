import type { AppServices } from '@renderer/session/app-services';
import type { SignatureCapture } from '@shared/signing/signature-strokes';
import { renderSignaturePng } from '@renderer/features/signing/signature-drawing';
import { appPdfFactory } from '@renderer/pdf/app-pdf';
import { currentLetterTemplate, verifiedTemplateHash } from '@renderer/signing/letter-template-source';
import { createSignedLetter, prepareSignedLetter } from '@renderer/signing/signed-letter';

// The signed letter as the app makes it when 确认签署 is pressed: the
// signature drawn to PNG, the letter laid out, rendered with the subset font,
// and signed. Driven by tests/bench/pdf.bench.ts. Never shipped.

/** A synthetic pen signature: three strokes of 240 points each, with pressure. */
function syntheticSignature(): SignatureCapture {
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

export function createPdfBench(services: AppServices, passphrase: string) {
  return {
    /**
     * What the wizard loads when it opens (font, subsetter, signing identity),
     * then milliseconds for each of `runs` letters from 确认签署 to the signed
     * PDF, and the size of the last.
     */
    signedLetters: async (runs: number): Promise<{ prepareMs: number; samples: number[]; bytes: number; header: string }> => {
      const { store } = await services.vault.create(`pdf-bench-${Date.now() % 100_000}`, passphrase);
      const preparing = performance.now();
      await prepareSignedLetter(store, appPdfFactory(), Date.now());
      const prepareMs = performance.now() - preparing;
      const capture = syntheticSignature();
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
          soleProprietorBoxChecked: false,
          crossPageMark: false,
          signedAt: Date.now(),
          app: { name: '短信合规助手', version: '0.1.0', runtime: 'browser', platform: 'linux', electronVersion: null, chromeVersion: null },
          device: 'bench',
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
