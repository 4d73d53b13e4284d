import { AppError } from '../errors/app-error';
import type { ScopeChangePayload } from './definitions/scope-change.ledger';

// 一(三)3, step by step: first the written application, then the provider's
// answer. Each step takes the application as it is and returns it as it
// becomes, or throws the reason it may not.

/** Records that the written application was submitted to the provider. */
export function recordApplicationOrThrow(payload: ScopeChangePayload, step: Readonly<{ at: number; note: string }>): ScopeChangePayload {
  if (payload.consent !== null || payload.refusal !== null) throw new AppError('scope-change/answered');
  return { ...payload, application: { at: step.at, note: step.note } };
}

/** The provider's answer: a consent (with the id of its evidence) or a refusal. */
export type ProviderAnswer = Readonly<{ kind: 'consent'; at: number; note: string; evidenceId: string }> | Readonly<{ kind: 'refusal'; at: number; note: string }>;

/** Records the provider's answer; only after the application was submitted, and not before it. */
export function recordAnswerOrThrow(payload: ScopeChangePayload, answer: ProviderAnswer): ScopeChangePayload {
  if (payload.application === null) throw new AppError('scope-change/not-applied');
  if (payload.consent !== null || payload.refusal !== null) throw new AppError('scope-change/answered');
  if (answer.at < payload.application.at) throw new AppError('scope-change/before-application');
  switch (answer.kind) {
    case 'consent':
      if (answer.evidenceId === '') throw new AppError('scope-change/evidence-missing');
      return { ...payload, consent: { at: answer.at, note: answer.note, evidenceId: answer.evidenceId } };
    case 'refusal':
      return { ...payload, refusal: { at: answer.at, note: answer.note } };
    default: {
      const unreachable: never = answer;
      return unreachable;
    }
  }
}
