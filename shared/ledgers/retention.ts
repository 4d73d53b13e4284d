import { addCalendarMonths } from '../calendar/deadlines';
import { yearsKept, type ObligationId } from '../obligations/obligation-catalogue';
import type { AnyLedgerDefinition, IndexValues } from './ledger-definition';

/** Whether a record may be deleted now, and if not, why and from when. */
export type DeletionVerdict =
  | Readonly<{ allowed: true }>
  | Readonly<{ allowed: false; reason: 'service-running' }>
  | Readonly<{ allowed: false; reason: 'kept-until'; until: number }>
  | Readonly<{ allowed: false; reason: 'record-kept-until'; until: number; rule: ObligationId }>;

/** The letter's dates retention reads. */
export type RetentionLetter = Readonly<{ serviceEndedAt: number | null }>;

/** 二(一): the first instant compliance records may go, once the service has ended. */
export function recordsKeptUntil(serviceEndedAt: number): number {
  return addCalendarMonths(serviceEndedAt, 12 * yearsKept('record-retention')).dueAt;
}

/**
 * 二(一): compliance records are kept for the whole service term and at least
 * 2 years after it ends; personal data is exempt (it must be deleted once no
 * longer needed, 一(一)3), and so is a draft that was never issued. A record
 * with a keeping period of its own from 二(一)'s start (一(五)3: 2 years from
 * the report, `keptFrom`) is kept until the later of the two. A record's own
 * rule that holds signed or not (一(二)2: a large batch's review records, a
 * year, `keepUntil`) applies first and names its date. Before a letter is
 * signed nothing is owed yet under 二(一).
 */
export function deletionVerdict(
  definition: Pick<AnyLedgerDefinition, 'retained' | 'isDraft' | 'keptFrom' | 'keepUntil'>,
  letter: RetentionLetter | null,
  now: number,
  record?: Readonly<{ id: string; index: IndexValues }>,
): DeletionVerdict {
  const index = record?.index ?? {};
  const kept = record === undefined ? null : (definition.keepUntil?.(record) ?? null);
  if (kept !== null && now < kept.until) return { allowed: false, reason: 'record-kept-until', until: kept.until, rule: kept.rule };
  if (!definition.retained || letter === null || definition.isDraft?.(index) === true) return { allowed: true };
  if (letter.serviceEndedAt === null || letter.serviceEndedAt > now) return { allowed: false, reason: 'service-running' };
  const from = definition.keptFrom?.from(index) ?? null;
  const own = definition.keptFrom === undefined || from === null ? -Infinity : addCalendarMonths(from, 12 * yearsKept(definition.keptFrom.obligation)).dueAt;
  const until = Math.max(recordsKeptUntil(letter.serviceEndedAt), own);
  return now >= until ? { allowed: true } : { allowed: false, reason: 'kept-until', until };
}

/** Whether a whole workspace may be deleted now; a refusal says why and whether an archive would lift it. */
export type WorkspaceDeletionVerdict =
  | Readonly<{ allowed: true; archivedAt: number | null }>
  | Readonly<{ allowed: false; reason: 'service-running' | 'kept-until'; until: number | null; archive: 'none' | 'outdated' }>;

/** An encrypted backup the user saved before deleting, and whether the data has changed since. */
export type ArchiveExport = Readonly<{ at: number; matchesData: boolean }>;

/**
 * 二(一): a workspace holding a signed letter keeps compliance records that
 * must outlive it for 2 years after the service ends. Deleting it before then
 * is allowed only once the user holds an archive of exactly what is deleted:
 * an encrypted backup made after the last change.
 */
export function workspaceDeletionVerdict(letter: RetentionLetter | null, archive: ArchiveExport | null, now: number): WorkspaceDeletionVerdict {
  if (letter === null) return { allowed: true, archivedAt: null };
  const running = letter.serviceEndedAt === null || letter.serviceEndedAt > now;
  const until = letter.serviceEndedAt === null ? null : recordsKeptUntil(letter.serviceEndedAt);
  if (!running && until !== null && now >= until) return { allowed: true, archivedAt: archive?.at ?? null };
  if (archive !== null && archive.matchesData) return { allowed: true, archivedAt: archive.at };
  return { allowed: false, reason: running ? 'service-running' : 'kept-until', until: running ? null : until, archive: archive === null ? 'none' : 'outdated' };
}
