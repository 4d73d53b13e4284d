import { describe, expect, it } from 'vitest';
import { emptySigningDraft, type SigningDraft } from '@shared/signing/signing-draft.schema';
import { findNotReadyReason } from '@renderer/features/signing/signing-readiness';

const ready: SigningDraft = {
  ...emptySigningDraft('letter', 2),
  step: 'confirm',
  operator: {
    operatorType: 'enterprise',
    operatorName: '测试信息科技有限公司',
    unifiedSocialCreditCode: '91350100M000100Y43',
    legalRepresentative: '张测试',
    signerRole: 'legal-representative',
    signerName: '',
    contactPhone: '13900001234',
  },
  readToEnd: true,
  signature: { aspectRatio: 3, strokes: [{ pointerType: 'pen', startedAt: 0, points: [{ x: 0.1, y: 0.5, t: 0, pressure: 0.5 }] }] },
  marks: [{ kind: 'seal', attachmentId: 'a', originalAttachmentId: 'b', aspect: 1, line: 'operator' }],
};

describe('whether a draft can be signed', () => {
  it('can, when everything is there', () => {
    expect(findNotReadyReason(ready, 0)).toBeNull();
  });

  it('cannot, when an authorised representative signs without the authorisation letter', () => {
    const authorised = { ...ready, operator: { ...ready.operator, signerRole: 'authorised-representative', signerName: '李代表' } };
    expect(findNotReadyReason(authorised, 0)).toBe('authorisation');
    expect(findNotReadyReason({ ...authorised, authorisationAttachmentId: 'c' }, 0)).toBeNull();
  });

  it.each<[string, Partial<SigningDraft>, number, string]>([
    ['the letter was not read to the end', { readToEnd: false }, 0, 'read'],
    ['an objection is open', {}, 1, 'objection'],
    ['the seal is missing', { marks: [] }, 0, 'mark'],
    ['nobody signed', { signature: null }, 0, 'signature'],
  ])('cannot, when %s', (_label, change, objections, reason) => {
    expect(findNotReadyReason({ ...ready, ...change }, objections)).toBe(reason);
  });
});
