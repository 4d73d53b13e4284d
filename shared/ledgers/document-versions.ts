import { z } from 'zod';
import type { IndexValues } from './ledger-definition';
import { instant } from './ledger-fields';

// A document the merchant issues in versions (the emergency plan, the
// management policy): each version is its own record. A draft can be edited
// and deleted; issuing it makes its PDF and puts it in force, and the version
// in force before it is superseded. A version once issued never changes: a
// change is a new version.

export const documentStatuses = ['draft', 'current', 'superseded', 'withdrawn'] as const;
export type DocumentStatus = (typeof documentStatuses)[number];

/** The fields every versioned document has. */
export const versionFields = {
  version: z.number().int().positive(),
  draftedAt: instant,
  issuedAt: instant.nullable(),
  supersededAt: instant.nullable(),
  withdrawnAt: instant.nullable(),
};

export type VersionFields = Readonly<{
  version: number;
  draftedAt: number;
  issuedAt: number | null;
  supersededAt: number | null;
  withdrawnAt: number | null;
}>;

/** Where a version stands. */
export function documentStatus(payload: VersionFields): DocumentStatus {
  if (payload.issuedAt === null) return 'draft';
  if (payload.withdrawnAt !== null) return 'withdrawn';
  return payload.supersededAt !== null ? 'superseded' : 'current';
}

/** The clear index of a version: its drafting time (list order), its status, when it was issued (0 before). */
export function versionIndex(payload: VersionFields): Readonly<{ createdAt: number; status: DocumentStatus; issuedAt: number; version: number }> {
  return { createdAt: payload.draftedAt, status: documentStatus(payload), issuedAt: payload.issuedAt ?? 0, version: payload.version };
}

/** The number of a new version: one more than the highest so far. */
export function nextVersionNumber(existing: readonly Readonly<{ version: number }>[]): number {
  return existing.reduce((highest, payload) => Math.max(highest, payload.version), 0) + 1;
}

/** A new draft's version fields. */
export function newDraft(version: number, now: number): VersionFields {
  return { version, draftedAt: now, issuedAt: null, supersededAt: null, withdrawnAt: null };
}

/** True for a draft (not a record 二(一) keeps). */
export function isDraftIndex(index: IndexValues): boolean {
  return index['status'] === 'draft';
}

/** True for an issued version (current or superseded): one a drill may have followed. */
export function isIssuedIndex(index: IndexValues): boolean {
  return index['status'] === 'current' || index['status'] === 'superseded';
}
