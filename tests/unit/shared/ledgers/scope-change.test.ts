import { describe, expect, it } from 'vitest';
import { scopeChangeApplication } from '@shared/documents/scope-change-letter';
import { scopeChangeFormSchema, scopeChangePayloadSchema, scopeChangeStatus, type ScopeChangePayload } from '@shared/ledgers/definitions/scope-change.ledger';
import { selectableScenarios } from '@shared/ledgers/scenarios';
import { recordAnswerOrThrow, recordApplicationOrThrow } from '@shared/ledgers/scope-change-steps';

const createdAt = Date.parse('2026-12-01T09:00:00+08:00');
const hour = 3_600_000;
const draft: ScopeChangePayload = {
  scenarioName: '会员活动通知',
  nature: 'marketing',
  reason: '向已同意的会员发送月度活动通知。',
  scope: '已勾选同意接收活动通知的会员，每月不超过 4 条。',
  createdAt,
  application: null,
  consent: null,
  refusal: null,
};
const codeOf = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return null;
};

describe('scope change (一(三)3)', () => {
  it('records an answer only after the written application, and not dated before it', () => {
    expect(codeOf(() => recordAnswerOrThrow(draft, { kind: 'consent', at: createdAt + hour, note: '同意', evidenceId: 'f1' }))).toBe('scope-change/not-applied');
    const applied = recordApplicationOrThrow(draft, { at: createdAt + hour, note: '邮寄' });
    expect(scopeChangeStatus(applied)).toBe('applied');
    expect(codeOf(() => recordAnswerOrThrow(applied, { kind: 'consent', at: createdAt, note: '同意', evidenceId: 'f1' }))).toBe('scope-change/before-application');
    expect(codeOf(() => recordAnswerOrThrow(applied, { kind: 'consent', at: createdAt + 2 * hour, note: '同意', evidenceId: '' }))).toBe('scope-change/evidence-missing');
    const consented = recordAnswerOrThrow(applied, { kind: 'consent', at: createdAt + 2 * hour, note: '客户经理回函同意', evidenceId: 'f1' });
    expect(scopeChangePayloadSchema.parse(consented).consent?.evidenceId).toBe('f1');
    expect(codeOf(() => recordAnswerOrThrow(consented, { kind: 'refusal', at: createdAt + 3 * hour, note: '' }))).toBe('scope-change/answered');
    expect(codeOf(() => recordApplicationOrThrow(consented, { at: createdAt + 3 * hour, note: '' }))).toBe('scope-change/answered');
    expect(scopeChangePayloadSchema.safeParse({ ...draft, consent: { at: createdAt, note: '', evidenceId: 'f1' } }).success).toBe(false);
  });

  it('makes a new scenario selectable only once consent is recorded; applied or refused adds nothing', () => {
    const applied = recordApplicationOrThrow(draft, { at: createdAt + hour, note: '邮寄' });
    const refused = recordAnswerOrThrow(applied, { kind: 'refusal', at: createdAt + 2 * hour, note: '不同意' });
    const consented = recordAnswerOrThrow(applied, { kind: 'consent', at: createdAt + 2 * hour, note: '同意', evidenceId: 'f1' });
    const agreed = selectableScenarios([]);
    expect(agreed.map((scenario) => scenario.name)).toEqual(['验证码', '账户安全通知', '业务办理提醒']);
    expect(agreed.every((scenario) => !scenario.marketing && scenario.consentedAt === null)).toBe(true);
    expect(selectableScenarios([{ id: 'a', payload: draft, index: {} }, { id: 'b', payload: applied, index: {} }, { id: 'c', payload: refused, index: {} }])).toEqual(agreed);
    expect(selectableScenarios([{ id: 'd', payload: consented, index: {} }]).at(-1)).toEqual({ id: 'scope-change:d', name: '会员活动通知', marketing: true, consentedAt: createdAt + 2 * hour });
  });

  it('refuses to apply for a scenario already agreed', () => {
    expect(scopeChangeFormSchema.safeParse({ scenarioName: '验证码', nature: 'notification', reason: '理由', scope: '范围' }).error?.issues[0]?.message).toBe('scenarioAgreed');
    expect(scopeChangeFormSchema.safeParse({ scenarioName: '物流配送通知', nature: 'notification', reason: '理由', scope: '范围' }).success).toBe(true);
  });

  it('fills the written application from the record and cites 一(三)3', () => {
    const letter = scopeChangeApplication(draft, '营销推广类');
    expect(letter.clause).toBe('一(三)3');
    expect(letter.paragraphs.join('')).toContain('会员活动通知');
    expect(letter.paragraphs.join('')).toContain('验证码、账户安全通知、业务办理提醒');
    expect(letter.paragraphs.join('')).toContain('明确同意');
    expect(letter.facts).toContainEqual({ label: '短信性质', value: '营销推广类' });
  });
});
