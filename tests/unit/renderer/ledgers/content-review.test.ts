import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scopeChangeLedger, type ScopeChangePayload } from '@shared/ledgers/definitions/scope-change.ledger';
import { sendingAllowlistLedger } from '@shared/ledgers/definitions/sending-allowlist.ledger';
import { consentedScenarioId } from '@shared/ledgers/scenario-id';
import { recordAnswerOrThrow } from '@shared/ledgers/scope-change-steps';
import { screeningRulesSchema } from '@shared/screening/screening-rules';
import { contentReviewContribution } from '@renderer/ledgers/contributions/content-review.contribution';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import { loadSelectableScenarios } from '@renderer/ledgers/scenario-source';
import { saveImportedRules } from '@renderer/screening/screening-source';
import { WorkspaceRegistry } from '@renderer/storage/registry-db';
import { openTestWorkspace } from '../../../support/open-test-store';

const now = Date.parse('2026-12-01T10:00:00+08:00');
const hour = 3_600_000;
const application: ScopeChangePayload = {
  scenarioName: '会员活动通知',
  nature: 'marketing',
  reason: '会员希望收到活动通知。',
  scope: '已同意接收的会员。',
  createdAt: now - 3 * hour,
  application: { at: now - 2 * hour, note: '邮寄' },
  consent: null,
  refusal: null,
};
const form = (scenario: string, content: string) => ({ kind: 'batch' as const, signature: '【城东便利店】', scenario, recipientCount: '50', content });

describe('content review records (一(二)1, 一(三)3)', () => {
  it('take a new scenario only once its consent is recorded, and screen with its nature, the allowlist and the lists in use', async () => {
    const { store, environment } = await openTestWorkspace();
    const context = { store, registry: new WorkspaceRegistry(environment), now };
    const changes = createLedgerRepository(store, scopeChangeLedger);
    const id = await changes.add(application);
    const scenario = consentedScenarioId(id);
    const text = '本周六会员日，全场八折优惠，详见 https://shop.example.com/vip';

    await expect(contentReviewContribution.toPayload(form(scenario, text), null, context)).rejects.toMatchObject({ code: 'scenario/not-selectable' });
    expect((await loadSelectableScenarios(store)).map((entry) => entry.id)).toEqual(['verification-code', 'account-security', 'business-reminder']);

    await changes.update(id, recordAnswerOrThrow(application, { kind: 'consent', at: now - hour, note: '回函同意', evidenceId: 'evidence' }));
    expect((await loadSelectableScenarios(store)).map((entry) => entry.id)).toContain(scenario);
    const marketing = await contentReviewContribution.toPayload(form(scenario, text), null, context);
    expect(marketing.scenario).toEqual({ id: scenario, name: '会员活动通知', marketing: true });
    expect(marketing.screening.hits.map((hit) => hit.category)).toEqual(['link']);

    // The same words as a business reminder are marketing wording; the allowlisted site is not flagged.
    await createLedgerRepository(store, sendingAllowlistLedger).add({ kind: 'link', value: 'shop.example.com', note: '官网', addedAt: now });
    const reminder = await contentReviewContribution.toPayload(form('business-reminder', text), null, context);
    expect(reminder.screening.hits.map((hit) => `${hit.category}:${hit.text}`)).toEqual(['marketing-wording:会员日', 'marketing-wording:优惠']);
    expect(reminder.screening.edition).toBe('2026-12-01');

    // An imported edition screens what is saved from then on.
    const bundled = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../../assets/screening/content-rules.json'), 'utf8')) as { rules: { words: string[] }[] };
    const newer = screeningRulesSchema.parse({ ...bundled, edition: '2027-01-15', rules: bundled.rules.map((rule, index) => (index === 0 ? { ...rule, words: [...rule.words, '测试违禁词'] } : rule)) });
    await saveImportedRules(context.registry, newer);
    const screened = await contentReviewContribution.toPayload(form('business-reminder', '一条含有测试违禁词的提醒'), null, context);
    expect(screened.screening).toMatchObject({ edition: '2027-01-15', hits: [{ category: 'politics', text: '测试违禁词' }] });

    // Once reviewed, the content stays as the reviewer saw it.
    const reviewed = { ...reminder, reviews: [{ reviewerId: 'wang', decision: 'approve' as const, opinion: '同意', at: now, acknowledgedHits: true }] };
    await expect(contentReviewContribution.toPayload(form('business-reminder', '改过的内容'), reviewed, context)).rejects.toMatchObject({ code: 'review/content-locked' });
    expect(contentReviewContribution.isEditable?.({ id: 'r1', payload: reviewed, index: {} })).toBe(false);
    expect(contentReviewContribution.isEditable?.({ id: 'r1', payload: reminder, index: {} })).toBe(true);
  });
});
