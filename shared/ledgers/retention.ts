import { addCalendarMonths } from '../calendar/deadlines';
import { yearsKept, type ObligationId } from '../obligations/obligation-catalogue';
import type { AnyLedgerDefinition, IndexValues } from './ledger-definition';

/** Whether a record may be deleted now, and if not, why and from when. */
export type DeletionVerdict =
  | Readonly<{ allowed: true }>
  | Readonly<{ allowed: false; reason: 'service-running' }>
  | Readonly<{ allowed: false; reason: 'kept-until'; until: number }>
  | Readonly<{ allowed: false; reason: 'record-kept-until'; until: number; rule: ObligationId }>;

/**
 * 二(一): compliance records are kept for the whole service term and at least
 * 2 years after it ends; personal data is exempt (it must be deleted once no
 * longer needed, 一(一)3). Before a letter is signed nothing is owed yet under
 * 二(一); a record's own rule (its definition's `keepUntil`) applies first.
 */
export function deletionVerdict(
  definition: Pick<AnyLedgerDefinition, 'retained' | 'keepUntil'>,
  letter: Readonly<{ serviceEndedAt: number | null }> | null,
  now: number,
  record?: Readonly<{ id: string; index: IndexValues }>,
): DeletionVerdict {
  // A record's own rule (一(二)2: a large batch's review records, a year) applies signed or not, and names its date.
  const kept = record === undefined ? null : (definition.keepUntil?.(record) ?? null);
  if (kept !== null && now < kept.until) return { allowed: false, reason: 'record-kept-until', until: kept.until, rule: kept.rule };
  if (!definition.retained || letter === null) return { allowed: true };
  if (letter.serviceEndedAt === null || letter.serviceEndedAt > now) return { allowed: false, reason: 'service-running' };
  const until = addCalendarMonths(letter.serviceEndedAt, 12 * yearsKept('record-retention')).dueAt;
  return now >= until ? { allowed: true } : { allowed: false, reason: 'kept-until', until };
}
