import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPdfFactory } from '@renderer/pdf/pdf-factory';
import { listLetters } from '@renderer/signing/letters-repository';
import { currentLetterTemplate, verifiedTemplateHash } from '@renderer/signing/letter-template-source';
import { createSignedLetter, prepareSignedLetter, type SignedLetterInput } from '@renderer/signing/signed-letter';
import { openTestStore as openStore } from '../../../support/open-test-store';
import { nodePdfAssets, pdfWorkDir, syntheticSignaturePng } from '../../../support/pdf-test-assets';

const pdfFactory = () => createPdfFactory(nodePdfAssets);


async function letterInput(operatorName: string, signedAt: number): Promise<SignedLetterInput> {
  return {
    template: currentLetterTemplate,
    templateSha256: await verifiedTemplateHash(),
    operator: {
      operatorType: 'enterprise',
      operatorName,
      unifiedSocialCreditCode: '91350100M000100Y43',
      legalRepresentative: '张测试',
      signerRole: 'legal-representative',
      signerName: '',
      contactPhone: '13900001234',
    },
    signature: null,
    images: [{ role: 'representative-signature', png: syntheticSignaturePng(300, 100), aspect: 3 }],
    authorisation: null,
    soleProprietorBoxChecked: false,
    crossPageMark: false,
    signedAt,
    app: { name: '短信合规助手', version: '0.1.0', runtime: 'browser', platform: 'linux', electronVersion: null, chromeVersion: null },
  };
}

const work = pdfWorkDir();
afterAll(work.remove);

describe('preparing the signed letter', () => {
  it('rehearses once per unlocked workspace, stores nothing of it, and the real letter is signed with the workspace key', async () => {
    const store = await openStore();
    const pdf = pdfFactory();
    let rehearsals = 0;
    const rehearsal = async () => {
      rehearsals += 1;
      return letterInput('签署预演（不保存）', Date.UTC(2026, 10, 28, 3));
    };
    await prepareSignedLetter(store, pdf, Date.UTC(2026, 10, 28, 3), rehearsal);
    await prepareSignedLetter(store, pdf, Date.UTC(2026, 10, 28, 3), rehearsal);
    expect(rehearsals).toBe(1);
    expect(await listLetters(store)).toEqual([]);
    expect(await store.count('signingKeys')).toBe(1);
    expect(await store.count('attachments')).toBe(0);

    const letter = await createSignedLetter(store, pdf, await letterInput('测试信息科技有限公司', Date.UTC(2026, 10, 28, 4)));
    const file = path.join(work.dir, 'prepared.pdf');
    writeFileSync(file, letter.pdf);
    expect(execFileSync('pdfsig', [file], { encoding: 'utf8' })).toContain('Signature is Valid.');
    expect(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })).not.toContain('签署预演');
    expect(letter.record.certificateFingerprint).toMatch(/^[0-9a-f]{64}$/);
  }, 60_000);

  it('a failed rehearsal is not an error, and is tried again next time', async () => {
    const store = await openStore();
    const pdf = pdfFactory();
    let rehearsals = 0;
    const failing = async (): Promise<SignedLetterInput> => {
      rehearsals += 1;
      throw new Error('no app info');
    };
    await expect(prepareSignedLetter(store, pdf, Date.UTC(2026, 10, 28, 3), failing)).resolves.toBeUndefined();
    await prepareSignedLetter(store, pdf, Date.UTC(2026, 10, 28, 3), failing);
    expect(rehearsals).toBe(2);
  }, 30_000);
});

describe('the signing key', () => {
  it('is kept as PKCS#8 in the sealed record, with no password beside it', async () => {
    const store = await openStore();
    await createSignedLetter(store, pdfFactory(), await letterInput('测试信息科技有限公司', Date.UTC(2026, 10, 28, 4)));
    const [row] = (await store.page('signingKeys', { index: '[createdAt+id]', limit: 5, direction: 'desc' })).rows;
    expect(Object.keys(row!.fields as object).sort()).toEqual(['format', 'pkcs8', 'spki']);
    expect(await store.count('signingKeys')).toBe(1);
  }, 30_000);
});
