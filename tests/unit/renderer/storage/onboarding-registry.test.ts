import { describe, expect, it } from 'vitest';
import { holdsMerchantData, onboardingDays, onboardingStage, type OnboardingRecord } from '@shared/agent/onboarding';
import { WorkspaceRegistry } from '@renderer/storage/registry-db';
import { createFakeIdbEnvironment } from '../../../support/fake-idb';

const at = (text: string) => Date.parse(`${text}+08:00`);
const id = (n: number) => n.toString(16).padStart(32, '0');
const digest = 'ab'.repeat(32);

describe("the agent's onboarding records", () => {
  it('follow a merchant from 新商户签约 through signing and hand-over to clean-up, and stay after the workspace is gone', async () => {
    const registry = new WorkspaceRegistry(createFakeIdbEnvironment());
    await registry.add(id(1), '门店一', at('2026-11-29T09:00:00'));
    await registry.startOnboarding(id(1), at('2026-11-29T09:00:00'));
    expect(onboardingStage((await registry.onboarding(id(1)))!)).toBe('awaiting-signature');

    await registry.noteSigned(id(1), { merchantName: '某某便利店', signedAt: at('2026-11-29T09:40:00'), documentDigest: digest });
    expect(onboardingStage((await registry.onboarding(id(1)))!)).toBe('signed');

    await registry.noteHandedOver(id(1), { at: at('2026-11-29T10:00:00'), bundleDigest: 'cd'.repeat(32), agentName: '李代理' });
    const handedOver = (await registry.onboarding(id(1)))!;
    expect(onboardingStage(handedOver)).toBe('handed-over');
    expect(holdsMerchantData(handedOver)).toBe(true);

    await registry.remove(id(1), at('2026-11-29T10:05:00'));
    expect(await registry.get(id(1))).toBeNull();
    const cleaned = (await registry.onboarding(id(1)))!;
    expect(cleaned).toEqual({
      workspaceId: id(1),
      startedAt: at('2026-11-29T09:00:00'),
      merchantName: '某某便利店',
      signedAt: at('2026-11-29T09:40:00'),
      documentDigest: digest,
      handedOverAt: at('2026-11-29T10:00:00'),
      bundleDigest: 'cd'.repeat(32),
      agentName: '李代理',
      cleanedAt: at('2026-11-29T10:05:00'),
    });
    expect(holdsMerchantData(cleaned)).toBe(false);
  });

  it('keep nothing for a workspace that was not onboarded by the agent', async () => {
    const registry = new WorkspaceRegistry(createFakeIdbEnvironment());
    await registry.add(id(2), '自己的店', at('2026-11-29T09:00:00'));
    await registry.noteSigned(id(2), { merchantName: '自己的店', signedAt: at('2026-11-29T09:40:00'), documentDigest: digest });
    await registry.remove(id(2), at('2026-11-29T10:00:00'));
    expect(await registry.onboardings()).toEqual([]);
  });

  it('refuse a record that would carry more than its fields allow', async () => {
    const registry = new WorkspaceRegistry(createFakeIdbEnvironment());
    await registry.startOnboarding(id(3), at('2026-11-29T09:00:00'));
    await expect(registry.noteSigned(id(3), { merchantName: '某店', signedAt: at('2026-11-29T09:40:00'), documentDigest: 'not a digest' })).rejects.toThrow();
    expect((await registry.onboarding(id(3)))?.documentDigest).toBeNull();
  });

  it('list the days newest first, and within a day those still holding data first', () => {
    const record = (n: number, startedAt: string, cleanedAt: string | null): OnboardingRecord => ({
      workspaceId: id(n),
      startedAt: at(startedAt),
      merchantName: null,
      signedAt: null,
      documentDigest: null,
      handedOverAt: null,
      bundleDigest: null,
      agentName: null,
      cleanedAt: cleanedAt === null ? null : at(cleanedAt),
    });
    const days = onboardingDays([
      record(1, '2026-11-28T09:00:00', '2026-11-28T12:00:00'),
      record(2, '2026-11-29T08:00:00', '2026-11-29T09:00:00'),
      record(3, '2026-11-29T10:00:00', null),
      // 23:30 UTC on the 28th is already the 29th in China.
      { ...record(4, '2026-11-29T07:00:00', null), startedAt: Date.UTC(2026, 10, 28, 23, 30) },
    ]);
    expect(days.map((day) => [day.date, day.records.map((entry) => entry.workspaceId)])).toEqual([
      ['2026-11-29', [id(4), id(3), id(2)]],
      ['2026-11-28', [id(1)]],
    ]);
  });
});
