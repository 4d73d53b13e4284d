import { z } from 'zod';

/** 一(一)2: the only scenarios phone numbers and messages may be used for, unless a scope change adds one. */
export const agreedScenarios = ['verification-code', 'account-security', 'business-reminder'] as const;
export type AgreedScenario = (typeof agreedScenarios)[number];

/** The scenario a consented scope change adds (一(三)3), named after the scope change's record id. */
export type ConsentedScenarioId = `scope-change:${string}`;

/** Any scenario id a record may carry: an agreed one or a consented new one. */
export type ScenarioId = AgreedScenario | ConsentedScenarioId;

const consentedPattern = /^scope-change:([-0-9A-Za-z_]{1,64})$/;

/** True for one of the three agreed scenario ids. */
export function isAgreedScenario(value: unknown): value is AgreedScenario {
  return typeof value === 'string' && (agreedScenarios as readonly string[]).includes(value);
}

/** True for a well-formed id of a consented scenario (whether that consent exists is for the ledger to say). */
export function isConsentedScenarioId(value: unknown): value is ConsentedScenarioId {
  return typeof value === 'string' && consentedPattern.test(value);
}

/** The id a consented scope change gives its new scenario. */
export function consentedScenarioId(scopeChangeId: string): ConsentedScenarioId {
  return `scope-change:${scopeChangeId}`;
}

/** The scope change a scenario id comes from; null for an agreed scenario or an id that is none. */
export function scopeChangeIdOf(scenarioId: string): string | null {
  return consentedPattern.exec(scenarioId)?.[1] ?? null;
}

/** A consented scenario's id, well-formed; the form's error key is `ledger.error.scenario`. */
export const consentedScenarioIdSchema = z.custom<ConsentedScenarioId>(isConsentedScenarioId, { message: 'scenario' });

/**
 * 一(一)2 and 一(三)3: the id of a scenario as records keep it. Whether a
 * consented one is selectable now is checked against 场景变更申请 when a
 * record is saved, not here.
 */
export const scenarioIdSchema = z.union([z.enum(agreedScenarios), consentedScenarioIdSchema], { message: 'scenario' });
