import { z } from 'zod';
import { toChinaDateString } from '../time/china-time';

/**
 * 代理人现场签约: what the agent's laptop keeps of a merchant it onboarded,
 * outside the merchant's workspace and after it is gone. No personal data:
 * the merchant's name as on the letter (a business name), the dates, the
 * signed PDF's digest, the bundle's digest and the agent's own name.
 */
export const onboardingRecordSchema = z.object({
  workspaceId: z.string().regex(/^[0-9a-f]{32}$/),
  startedAt: z.number().int().nonnegative(),
  /** 经营者名称 as signed; null until the letter is signed. */
  merchantName: z.string().min(1).max(200).nullable(),
  signedAt: z.number().int().nonnegative().nullable(),
  /** SHA-256 of the signed PDF (文件指纹), hex. */
  documentDigest: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
  handedOverAt: z.number().int().nonnegative().nullable(),
  /** SHA-256 of the hand-over bundle given to the merchant, hex. */
  bundleDigest: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
  agentName: z.string().min(1).max(40).nullable(),
  cleanedAt: z.number().int().nonnegative().nullable(),
});

export type OnboardingRecord = z.infer<typeof onboardingRecordSchema>;

/** Where a merchant of the day stands. */
export type OnboardingStage = 'awaiting-signature' | 'signed' | 'handed-over' | 'cleaned';

export function onboardingStage(record: OnboardingRecord): OnboardingStage {
  if (record.cleanedAt !== null) return 'cleaned';
  if (record.handedOverAt !== null) return 'handed-over';
  if (record.signedAt !== null) return 'signed';
  return 'awaiting-signature';
}

/** True while the merchant's data is still on this laptop. */
export function holdsMerchantData(record: OnboardingRecord): boolean {
  return record.cleanedAt === null;
}

export type OnboardingDay = Readonly<{ date: string; records: readonly OnboardingRecord[] }>;

/**
 * The agent's day list: records by the China date the merchant's onboarding
 * began, newest day first; within a day, those still holding data first,
 * then by start time.
 */
export function onboardingDays(records: readonly OnboardingRecord[]): OnboardingDay[] {
  const byDate = new Map<string, OnboardingRecord[]>();
  for (const record of records) {
    const date = toChinaDateString(record.startedAt);
    const list = byDate.get(date);
    if (list === undefined) byDate.set(date, [record]);
    else list.push(record);
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([date, list]) => ({
      date,
      records: [...list].sort((a, b) => Number(holdsMerchantData(b)) - Number(holdsMerchantData(a)) || a.startedAt - b.startedAt),
    }));
}

/** The agent's name as typed on the hand-over form: trimmed, 1–40 characters. */
export const agentNameSchema = z.string().trim().min(1, { message: 'agent-name-empty' }).max(40, { message: 'agent-name-too-long' });
