import { describe, expect, it } from 'vitest';
import { attachScan, listLetters, saveSignedLetter, saveWetInkLetter, setEffectiveDate } from '@renderer/signing/letters-repository';
import { closeObjection, discardSigningDraft, listObjections, loadSigningDraft, raiseObjection, saveSigningDraft } from '@renderer/signing/signing-repository';
import type { SignedLetter } from '@renderer/signing/signed-letter';
import { openTestStore as openStore, openTestWorkspace } from '../../../support/open-test-store';

describe('signing drafts and objections', () => {
  it('saves a draft sealed and resumes it at its step', async () => {
    const { store, rawDb } = await openTestWorkspace();
    const draft = await loadSigningDraft(store, 'letter', 1);
    expect(draft.draft.step).toBe('operator');
    expect(draft.resumed).toBe(false);
    await saveSigningDraft(store, { id: draft.id, draft: { ...draft.draft, step: 'read', readToEnd: true } }, 5);
    const resumed = await loadSigningDraft(store, 'letter', 1);
    expect(resumed).toMatchObject({ id: draft.id, draft: { step: 'read', readToEnd: true }, resumed: true });
    expect(JSON.stringify(await (await rawDb()).signingDrafts.toArray())).not.toContain('readToEnd');
    await discardSigningDraft(store, draft.id);
    expect((await loadSigningDraft(store, 'letter', 1)).id).not.toBe(draft.id);
  });

  it('a draft of an earlier version of the letter carries over, to be read again; one of another letter or a later version does not', async () => {
    const store = await openStore();
    const draft = await loadSigningDraft(store, 'letter', 1);
    await saveSigningDraft(store, { id: draft.id, draft: { ...draft.draft, step: 'signature', readToEnd: true, operator: { operatorName: '测试有限公司' } } }, 5);
    expect(await loadSigningDraft(store, 'letter', 2)).toMatchObject({
      id: draft.id,
      resumed: true,
      draft: { templateVersion: 2, step: 'read', readToEnd: false, operator: { operatorName: '测试有限公司' } },
    });
    expect((await loadSigningDraft(store, 'other-letter', 2)).id).not.toBe(draft.id);
    await saveSigningDraft(store, { id: draft.id, draft: { ...draft.draft, templateVersion: 3 } }, 6);
    expect(await loadSigningDraft(store, 'letter', 2)).toMatchObject({ resumed: false, draft: { operator: null } });
  });

  it('keeps objections on record when withdrawn or resolved', async () => {
    const store = await openStore();
    const id = await raiseObjection(store, 'draft-1', { clauseId: '一(三)2', clauseText: '2. 定期更换…', text: '周期太短', raisedAt: 10 });
    await raiseObjection(store, 'draft-1', { clauseId: '三、4', clauseText: '4. 一式两份', text: '需要三份', raisedAt: 20 });
    let list = await listObjections(store, 'draft-1');
    expect(list.map((item) => item.status)).toEqual(['open', 'open']);
    await closeObjection(store, list.find((item) => item.id === id)!, 'withdrawn', 30);
    list = await listObjections(store, 'draft-1');
    expect(list.map((item) => [item.fields.clauseId, item.status])).toEqual([['一(三)2', 'withdrawn'], ['三、4', 'open']]);
    expect(list[0]?.fields.closedAt).toBe(30);
  });
});

describe('letters', () => {
  const signed = {
    pdf: new Uint8Array([37, 80, 68, 70]),
    digest: 'ab'.repeat(32),
    pdfSha256: 'cd'.repeat(32),
    record: {
      template: { id: 'letter', version: 1, sha256: 'ef'.repeat(32) },
      operator: { operatorType: 'enterprise', operatorName: '测试有限公司', unifiedSocialCreditCode: '91350100M000100Y43', legalRepresentative: '张三', signerRole: 'legal-representative', signerName: '', contactPhone: '13900001234' },
      signedAt: Date.UTC(2026, 10, 27, 17),
      soleProprietorBoxChecked: false,
      crossPageMark: false,
      images: [],
      strokes: { sha256: '00'.repeat(32), summary: { strokes: 1, points: 2, pointerTypes: ['pen'], pressure: [0.2, 0.8], durationMs: 100 } },
      certificateFingerprint: '11'.repeat(32),
      app: { version: '0.1.0', runtime: 'browser', platform: 'linux', device: 'Linux 电脑上的浏览器模式' },
    },
    pages: { copies: [{ label: '经营者留存联', first: 1, last: 4 }, { label: '服务提供方留存联', first: 5, last: 8 }], evidence: { first: 9, last: 9 } },
  } as const satisfies SignedLetter;

  it('keeps the signed PDF and evidence, takes the effective date in China time, and takes scans later', async () => {
    const store = await openStore();
    const id = await saveSignedLetter(store, signed, { evidence: [{ name: '签名.png', purpose: 'signature-image', data: new Uint8Array([1]) }], authorisation: null }, 1);
    let [letter] = await listLetters(store);
    expect(letter).toMatchObject({ id, letter: { kind: 'digital', effectiveDate: '2026-11-28', digest: signed.digest, evidenceAttachmentIds: [expect.any(String)], authorisationAttachmentId: null } });
    const pdf = await store.getRecord('attachments', letter!.letter.pdfAttachmentId!);
    expect(pdf?.body).toEqual(signed.pdf);
    await attachScan(store, id, { name: '扫描件.pdf', data: new Uint8Array([2]) }, 2);
    await setEffectiveDate(store, id, '2026-12-01');
    [letter] = await listLetters(store);
    expect(letter?.letter).toMatchObject({ effectiveDate: '2026-12-01', scanAttachmentIds: [expect.any(String)] });
    await expect(setEffectiveDate(store, id, '12/01/2026')).rejects.toMatchObject({ code: 'storage/invalid-row' });
  });

  it('keeps the authorisation letter with a letter an authorised representative signed, and names it in the record', async () => {
    const store = await openStore();
    const id = await saveSignedLetter(store, signed, { evidence: [], authorisation: { name: '授权委托书.jpg', data: new Uint8Array([9, 9]) } }, 1);
    const [letter] = await listLetters(store);
    expect(letter?.id).toBe(id);
    const attachmentId = letter!.letter.authorisationAttachmentId!;
    expect(letter!.letter.evidenceAttachmentIds).toContain(attachmentId);
    const attachment = await store.getRecord('attachments', attachmentId);
    expect(attachment).toMatchObject({ fields: { name: '授权委托书.jpg', purpose: 'authorisation-letter' }, index: { ownerTable: 'letters', ownerId: id } });
    expect(attachment?.body).toEqual(new Uint8Array([9, 9]));
  });

  it('reads letters kept before the authorisation letter was recorded', async () => {
    const store = await openStore();
    const { authorisationAttachmentId, ...older } = { kind: 'digital', templateId: 'letter', templateVersion: 1, templateSha256: 'ef'.repeat(32), operatorName: '早先商行', signedAt: 5, effectiveDate: '2026-01-01', digest: 'ab'.repeat(32), pdfSha256: 'cd'.repeat(32), pdfAttachmentId: 'x', evidenceAttachmentIds: [], scanAttachmentIds: [], authorisationAttachmentId: null };
    expect(authorisationAttachmentId).toBeNull();
    await store.putRecord('letters', { index: { signedAt: 5, status: 'signed' }, fields: older });
    expect((await listLetters(store))[0]?.letter.authorisationAttachmentId).toBeNull();
  });

  it('registers a letter signed on paper by its scan', async () => {
    const store = await openStore();
    await saveWetInkLetter(store, { operatorName: '纸质商行', signedAt: Date.UTC(2026, 9, 1, 4), templateId: 'letter', templateVersion: 1, templateSha256: 'ef'.repeat(32) }, { name: 'scan.jpg', data: new Uint8Array([3]) }, 3);
    const [letter] = await listLetters(store);
    expect(letter?.letter).toMatchObject({ kind: 'wet-ink', pdfAttachmentId: null, digest: null, effectiveDate: '2026-10-01', scanAttachmentIds: [expect.any(String)] });
  });
});
