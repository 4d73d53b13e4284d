import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockText, canonicalLetterText, letterBlocks, letterTemplateSchema, objectableClauses, type LetterTemplate } from '@shared/letter/letter-template';
import templateV1Json from '../../../../assets/templates/sms-interface-security-letter.v1.json';
import templateV2Json from '../../../../assets/templates/sms-interface-security-letter.v2.json';

const v1 = letterTemplateSchema.parse(templateV1Json);
const v2 = letterTemplateSchema.parse(templateV2Json);
const seed = readFileSync(new URL('../../../fixtures/letter/seed.txt', import.meta.url), 'utf8');
const squash = (text: string) => text.replace(/\s+/g, '');

// Full-width punctuation back to the scan's half-width, spaces dropped: what
// version 2 changed, undone, so it can be held against version 1 and the seed.
const halfWidth: Record<string, string> = { '，': ',', '（': '(', '）': ')', '“': '"', '”': '"', '：': ':', '；': ';' };
const asScanned = (text: string) => squash(text.replace(/[，（）“”：；]/g, (char) => halfWidth[char]!));
const texts = (template: LetterTemplate) => [...letterBlocks(template).map((block) => [block.id, blockText(block)] as const), ...template.signatureBlock.map((entry) => [entry.id, entry.label] as const)];

describe.each([[1, v1] as const, [2, v2] as const])('the letter template, version %i', (_version, template) => {
  it('carries the SHA-256 of its canonical text', () => {
    expect(createHash('sha256').update(canonicalLetterText(template), 'utf8').digest('hex')).toBe(template.sha256);
  });

  it('gives every block a unique, stable id', () => {
    const ids = [...letterBlocks(template).map((block) => block.id), ...template.signatureBlock.map((entry) => entry.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has every clause the obligations cite', () => {
    const ids = new Set(letterBlocks(template).map((block) => block.id));
    for (const id of ['一(一)1', '一(一)2', '一(一)3', '一(二)1', '一(二)2', '一(三)1', '一(三)2', '一(三)3', '一(四)1', '一(四)2', '一(五)1', '一(五)2', '一(五)3', '二(一)', '二(二)2', '三、3', '三、4', '特殊情况说明']) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('keeps the seed text word for word, punctuation as scanned: every clause and item appears in the seed, whitespace aside', () => {
    const squashedSeed = squash(seed);
    for (const block of letterBlocks(template)) {
      if (block.kind === 'sole-proprietor-box') continue;
      expect(squashedSeed, `${block.id}: ${block.text}`).toContain(asScanned(block.text));
    }
  });

  it('lists the reconstructed lines and the renumbering in its notes', () => {
    const notes = template.notes.join('\n');
    for (const fragment of ['一(二)', '一(三)', '一(四)2', '一(五)', '二(二)', '特殊情况说明', '签署栏', '日期行']) expect(notes).toContain(fragment);
    expect(notes).toContain(template.specialCase.soleProprietorBox.text);
  });

  it('numbers clauses and items in order within each section', () => {
    for (const chapter of template.chapters) {
      for (const section of chapter.sections) {
        const labels = section.clauses.map((clause) => clause.label).filter((label) => label !== '');
        expect(labels).toEqual(labels.map((_, index) => `${index + 1}.`));
        for (const clause of section.clauses) expect((clause.items ?? []).map((item) => item.label)).toEqual((clause.items ?? []).map((_, index) => `${index + 1}.`));
      }
    }
  });

  it('offers clauses and items for objections, with their printed text', () => {
    const clauses = objectableClauses(template);
    expect(clauses.find((clause) => clause.id === '一(三)2')?.text).toMatch(/^2\. 定期更换接口访问凭证/);
    expect(clauses.every((clause) => clause.text.length > 0)).toBe(true);
    expect(blockText({ kind: 'clause', id: 'x', label: '', text: '正文' })).toBe('正文');
  });
});

describe('version 2 of the letter: full-width punctuation', () => {
  it('is a new version of the same letter', () => {
    expect(v2.id).toBe(v1.id);
    expect(v2.version).toBe(v1.version + 1);
    expect(v2.sha256).not.toBe(v1.sha256);
  });

  it('changes nothing but punctuation and the spaces the scan put around it, block by block', () => {
    const before = new Map(texts(v1));
    const after = texts(v2);
    expect(after.map(([id]) => id)).toEqual([...before.keys()]);
    for (const [id, text] of after) expect(asScanned(text), id).toBe(asScanned(before.get(id)!));
  });

  it('has no half-width comma, bracket, quote, colon or semicolon left in the text (numbering like "1." aside)', () => {
    for (const [id, text] of texts(v2)) expect(text.replace(/^\d+\. /, ''), id).not.toMatch(/[,()":;]/);
    expect(texts(v1).some(([, text]) => /[,()":;]/.test(text))).toBe(true);
  });

  it('says so in its change notes', () => {
    expect(v2.notes.at(-1)).toMatch(/^第 2 版，全文标点/);
    expect(v2.notes.slice(0, -1).length).toBe(v1.notes.length);
  });
});
