import { addCalendarMonths } from '../calendar/deadlines';
import { yearsKept } from '../obligations/obligation-catalogue';
import type { AnyLedgerDefinition } from './ledger-definition';

/** Whether a record may be deleted now, and if not, why and from when. */
export type DeletionVerdict =
  | Readonly<{ allowed: true }>
  | Readonly<{ allowed: false; reason: 'service-running' }>
  | Readonly<{ allowed: false; reason: 'kept-until'; until: number }>;

/**
 * 二(一): compliance records are kept for the whole service term and at least
 * 2 years after it ends; personal data is exempt (it must be deleted once no
 * longer needed, 一(一)3). Before a letter is signed nothing is owed yet.
 */
export function deletionVerdict(definition: Pick<AnyLedgerDefinition, 'retained'>, letter: Readonly<{ serviceEndedAt: number | null }> | null, now: number): DeletionVerdict {
  if (!definition.retained || letter === null) return { allowed: true };
  if (letter.serviceEndedAt === null || letter.serviceEndedAt > now) return { allowed: false, reason: 'service-running' };
  const until = addCalendarMonths(letter.serviceEndedAt, 12 * yearsKept('record-retention')).dueAt;
  return now >= until ? { allowed: true } : { allowed: false, reason: 'kept-until', until };
}
