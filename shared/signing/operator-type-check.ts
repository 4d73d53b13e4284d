import { describeRegistrationCategory, normalizeUnifiedSocialCreditCode } from '../validation/unified-social-credit-code';
import type { OperatorType } from './operator.schema';

/** The first two characters of the 统一社会信用代码 each operator type is registered under (GB 32100: 9 市场监管 + 1 企业 / 2 个体工商户). */
export const expectedCodePrefix: Readonly<Record<OperatorType, string>> = { enterprise: '91', 'sole-proprietor': '92' };

/**
 * Why a (valid) 统一社会信用代码 does not fit the operator type chosen, or
 * null when it does: the code of the other type (switching is offered), an
 * organisation of another kind (named, from the standard's table), or a
 * pair of first characters the standard does not know.
 */
export type OperatorTypeMismatch =
  | Readonly<{ kind: 'other-type'; prefix: string; suggested: OperatorType }>
  | Readonly<{ kind: 'other-organisation'; prefix: string; authority: string; category: string }>
  | Readonly<{ kind: 'unknown-category'; prefix: string }>;

/** Checks the registration authority (1st) and organisation kind (2nd) of a code against the operator type. */
export function findOperatorTypeMismatch(operatorType: OperatorType, code: string): OperatorTypeMismatch | null {
  const registration = describeRegistrationCategory(code);
  if (registration === null) return { kind: 'unknown-category', prefix: normalizeUnifiedSocialCreditCode(code).slice(0, 2) };
  if (registration.prefix === expectedCodePrefix[operatorType]) return null;
  const suggested = (Object.keys(expectedCodePrefix) as OperatorType[]).find((type) => expectedCodePrefix[type] === registration.prefix);
  if (suggested !== undefined) return { kind: 'other-type', prefix: registration.prefix, suggested };
  return { kind: 'other-organisation', ...registration };
}
