import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { layoutLetter } from '@shared/letter/letter-layout';
import { letterTemplateSchema } from '@shared/letter/letter-template';
import { layoutCharacters } from '@shared/pdf/layout-model';
import { createFontSubsetter } from '@renderer/pdf/font-subset';
import { createPdfCanvas, subsetFontName } from '@renderer/pdf/pdf-canvas';
import { createPdfFactory } from '@renderer/pdf/pdf-factory';
import { signPdf } from '@renderer/pdf/pdf-signer';
import { issueSelfSignedCertificate } from '@renderer/pdf/signing-certificate';
import { createSigningKeyMaterial, importSigningKey } from '@renderer/pdf/signing-key';
import templateJson from '../../../../assets/templates/sms-interface-security-letter.v2.json';
import { fontBytes, nodePdfAssets, pdfWorkDir, subsetterWasm, syntheticSignaturePng } from '../../../support/pdf-test-assets';
import { mappedCodePoints } from '../../../support/ttf-cmap';

const template = letterTemplateSchema.parse(templateJson);
const metadata = { title: template.title, subject: '测试', keywords: 'test', author: '测试', creator: 'test' };

const layoutFor = (measure: Parameters<typeof layoutLetter>[0]['measure']) =>
  layoutLetter({
    template,
    content: {
      operatorName: '测试信息科技有限公司',
      operatorMarks: [],
      representativeName: '张测试',
      representativeMarks: [{ imageId: 'sig', aspect: 3, kind: 'signature' }],
      representativeNote: '法定代表人：张测试（本人签署）',
      date: { year: 2026, month: 11, day: 28 },
      soleProprietorBoxChecked: true,
    },
    copies: ['经营者留存联', '服务提供方留存联'],
    evidence: { title: '签署存证', lead: '本页记录签署经过。', rows: [{ label: '文档内容摘要', value: 'cd'.repeat(32) }], qr: { value: `文档内容摘要：${'cd'.repeat(32)}`, caption: '扫描核对' }, notes: [{ heading: '如何核对', text: '在「文档」里核对。' }] },
    pageLabel: (page, total) => `第 ${page} 页 共 ${total} 页`,
    measure,
  });

const work = pdfWorkDir();
afterAll(work.remove);

describe('the letter as a PDF (Node, the same code the page runs)', () => {
  it('subsets the font to the document, and the subset has a glyph for every character drawn', async () => {
    const subset = await createFontSubsetter(subsetterWasm);
    const characters = layoutCharacters(layoutFor(createPdfCanvas(fontBytes, metadata).measure));
    const font = subset(fontBytes, characters);
    expect(font.byteLength).toBeLessThan(fontBytes.byteLength / 10);
    const mapped = mappedCodePoints(font);
    const missing = [...characters].filter((char) => char !== ' ' && !mapped.has(char.codePointAt(0)!));
    expect(missing).toEqual([]);
  });

  it('names each subset with its own six-letter tag', () => {
    const names = new Set(['甲', '乙', '丙', '甲乙'].map((text) => subsetFontName(new TextEncoder().encode(text))));
    expect(names.size).toBe(4);
    for (const name of names) expect(name).toMatch(/^[A-Z]{6}\+WenQuanYiMicroHei$/);
  });

  it('refuses a font jsPDF cannot read instead of writing a PDF without text', () => {
    expect(() => createPdfCanvas(new Uint8Array([0, 1, 0, 0, 1, 2, 3, 4]), metadata)).toThrow();
  });

  it('renders, signs, and passes pdfsig; pdftotext gives the text back', async () => {
    const pdf = await createPdfFactory(nodePdfAssets)(layoutFor, new Map([['sig', { data: syntheticSignaturePng(120, 40), format: 'PNG' }]]), metadata);
    const key = await importSigningKey(crypto.subtle, await createSigningKeyMaterial(crypto.subtle));
    const certificate = await issueSelfSignedCertificate(crypto.subtle, key, { operatorName: '测试信息科技有限公司', unifiedSocialCreditCode: '91350100M000100Y43' }, { now: new Date(), serial: new Uint8Array(15).fill(7) });
    const signed = await signPdf(pdf, key, certificate.der, { reason: 'test', signedAt: new Date() });
    const file = path.join(work.dir, 'letter.pdf');
    writeFileSync(file, signed);
    expect(execFileSync('pdfsig', [file], { encoding: 'utf8' })).toContain('Signature is Valid.');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain(template.chapters[0]!.sections[0]!.clauses[0]!.text.replace(/\s+/g, ''));
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Title:\s+短信接口信息安全保障责任书/);
  }, 30_000);

  it('grows the subset when the real widths make the layout draw a character the first pass did not', async () => {
    // Draws 乙 alone while 'a' is as wide as an em (the stand-in measure), 甲乙 once real widths apply.
    const layout = (measure: Parameters<typeof layoutLetter>[0]['measure']) => ({
      pages: [{ elements: [{ kind: 'text' as const, x: 72, y: 100, size: 20, text: measure('a', 10) < 10 ? '甲乙丙' : '乙' }] }],
    });
    const pdf = await createPdfFactory(nodePdfAssets)(layout, new Map(), metadata);
    const file = path.join(work.dir, 'grow.pdf');
    writeFileSync(file, pdf);
    expect(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).trim()).toBe('甲乙丙');
    // The one embedded font is small: a subset, embedded as it is.
    expect(pdf.byteLength).toBeLessThan(60_000);
    // Embedded, named as a subset (tag+family), with a ToUnicode map.
    expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(/^[A-Z]{6}\+WenQuanYiMicroHei\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/m);
  });

  it('tries again after the font failed to load once', async () => {
    let calls = 0;
    const factory = createPdfFactory({
      loadFont: async () => {
        calls += 1;
        if (calls === 1) throw new Error('offline');
        return fontBytes;
      },
      loadSubsetterWasm: async () => subsetterWasm,
    });
    const layout = () => ({ pages: [{ elements: [{ kind: 'text' as const, x: 72, y: 100, size: 12, text: '责任书' }] }] });
    await expect(factory(layout, new Map(), metadata)).rejects.toThrow('offline');
    expect((await factory(layout, new Map(), metadata)).byteLength).toBeGreaterThan(1_000);
  });
});
