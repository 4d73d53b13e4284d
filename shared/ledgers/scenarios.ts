import { formatMessage } from '../i18n/zh-CN';
import type { ScopeChangePayload } from './definitions/scope-change.ledger';
import type { LedgerRecord } from './ledger-definition';
import { agreedScenarios, consentedScenarioId, type AgreedScenario, type ScenarioId } from './scenario-id';

/**
 * A scenario an SMS or a phone number may be used for: one of the three the
 * letter agrees (一(一)2), or a new one the provider consented to after a
 * written application (一(三)3). `marketing` scenarios may carry marketing
 * wording; the others may not.
 */
export type Scenario = Readonly<{ id: ScenarioId; name: string; marketing: boolean; consentedAt: number | null }>;

const agreedNameKeys = {
  'verification-code': 'scenario.verification-code',
  'account-security': 'scenario.account-security',
  'business-reminder': 'scenario.business-reminder',
} as const satisfies Record<AgreedScenario, string>;

/** 一(一)2: the three agreed scenarios, by name. */
export function agreedScenarioNames(): string[] {
  return agreedScenarios.map((id) => formatMessage(agreedNameKeys[id]));
}

/**
 * 一(一)2 and 一(三)3: the scenarios selectable now — the three agreed ones,
 * then every new scenario whose scope change has the provider's consent
 * recorded, oldest consent first. An application not yet answered, or
 * refused, adds nothing.
 */
export function selectableScenarios(scopeChanges: readonly LedgerRecord<ScopeChangePayload>[]): Scenario[] {
  const agreed = agreedScenarios.map((id): Scenario => ({ id, name: formatMessage(agreedNameKeys[id]), marketing: false, consentedAt: null }));
  const consented = scopeChanges
    .flatMap((record) => (record.payload.consent === null ? [] : [{ record, consentedAt: record.payload.consent.at }]))
    .sort((a, b) => a.consentedAt - b.consentedAt)
    .map(({ record, consentedAt }): Scenario => ({ id: consentedScenarioId(record.id), name: record.payload.scenarioName, marketing: record.payload.nature === 'marketing', consentedAt }));
  return [...agreed, ...consented];
}

/**
 * What an import may call a scenario (一(一)2, 一(三)3): the selectable ones
 * by id and name, and the names of new ones whose consent is not recorded
 * (an application not answered yet, or refused), so a row naming one is
 * refused for that reason rather than as an unknown word.
 */
export type ScenarioVocabulary = Readonly<{ selectable: readonly Readonly<{ id: ScenarioId; name: string }>[]; unconsented: readonly string[] }>;

/** The scenario vocabulary of an import, from 场景变更申请. */
export function scenarioVocabulary(scopeChanges: readonly LedgerRecord<ScopeChangePayload>[]): ScenarioVocabulary {
  return {
    selectable: selectableScenarios(scopeChanges).map(({ id, name }) => ({ id, name })),
    unconsented: scopeChanges.flatMap((record) => (record.payload.consent === null ? [record.payload.scenarioName] : [])),
  };
}
