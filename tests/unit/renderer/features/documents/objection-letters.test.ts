import { describe, expect, it } from 'vitest';
import { listObjectionLetters, objectionsInLetter } from '@renderer/features/documents/objection-letters';
import { closeObjection, discardSigningDraft, listObjections, loadSigningDraft, raiseObjection, saveSigningDraft } from '@renderer/signing/signing-repository';
import { openTestStore } from '../../../../support/open-test-store';

const operator = { operatorName: '城东张记便利店', unifiedSocialCreditCode: '91350100M000100Y43', contactPhone: '13900001234' };

describe('objection letters in 文档', () => {
  it('is empty without objections', async () => {
    expect(await listObjectionLetters(await openTestStore())).toEqual([]);
  });

  it('makes one letter per signing draft, newest first, with the operator of its draft; withdrawn objections stay listed but out of the letter', async () => {
    const store = await openTestStore();
    const draft = await loadSigningDraft(store, 'letter', 1);
    await saveSigningDraft(store, { id: draft.id, draft: { ...draft.draft, operator } }, 5);
    await raiseObjection(store, draft.id, { clauseId: '一(三)2', clauseText: '2. 定期更换…', text: '周期太短', raisedAt: 10 });
    await raiseObjection(store, draft.id, { clauseId: '三、4', clauseText: '4. 一式两份', text: '需要三份', raisedAt: 20 });
    await raiseObjection(store, 'older-draft', { clauseId: '一(二)1-1', clauseText: '1. 违反…', text: '范围不清', raisedAt: 5 });
    const [first] = await listObjections(store, draft.id);
    await closeObjection(store, first!, 'withdrawn', 30);

    const letters = await listObjectionLetters(store);
    expect(letters.map((letter) => [letter.draftId, letter.lastRaisedAt])).toEqual([[draft.id, 20], ['older-draft', 5]]);
    expect(letters[0]!.operator).toEqual(operator);
    expect(letters[0]!.objections.map((objection) => [objection.fields.clauseId, objection.status])).toEqual([['一(三)2', 'withdrawn'], ['三、4', 'open']]);
    expect(objectionsInLetter(letters[0]!).map((objection) => objection.fields.text)).toEqual(['需要三份']);
    // A draft that no longer exists and no signed letter: the letter says so rather than inventing a name.
    expect(letters[1]!.operator).toEqual({ operatorName: '', unifiedSocialCreditCode: '', contactPhone: '' });
  });

  it('keeps the operator once signing has discarded the draft, from the signed letter', async () => {
    const store = await openTestStore();
    const draft = await loadSigningDraft(store, 'letter', 1);
    await raiseObjection(store, draft.id, { clauseId: '一(三)2', clauseText: '2. 定期更换…', text: '周期太短', raisedAt: 10 });
    await store.putRecord('letters', { index: { signedAt: 40, status: 'signed' }, fields: { operatorName: operator.operatorName, record: { operator } } });
    await discardSigningDraft(store, draft.id);
    const [letter] = await listObjectionLetters(store);
    expect(letter!.operator).toEqual(operator);
  });
});
