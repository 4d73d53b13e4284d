import { AppError } from '@shared/errors/app-error';
import { objectionFieldsSchema, type ObjectionFields, type ObjectionStatus } from '@shared/signing/objection.schema';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';

/** Who wrote the objection letter, as its letterhead names them. */
export type ObjectionLetterOperator = Readonly<{ operatorName: string; unifiedSocialCreditCode: string; contactPhone: string }>;

export type ObjectionEntry = Readonly<{ id: string; status: ObjectionStatus; fields: ObjectionFields }>;

/**
 * 三、3: the objections raised during one signing, which make one objection
 * letter to the provider: oldest first, with the operator they were raised for.
 */
export type ObjectionLetter = Readonly<{
  draftId: string;
  objections: readonly ObjectionEntry[];
  lastRaisedAt: number;
  operator: ObjectionLetterOperator;
}>;

const noOperator: ObjectionLetterOperator = { operatorName: '', unifiedSocialCreditCode: '', contactPhone: '' };

function operatorOf(value: unknown): ObjectionLetterOperator | null {
  if (typeof value !== 'object' || value === null) return null;
  const { operatorName, unifiedSocialCreditCode, contactPhone } = value as Record<string, unknown>;
  if (typeof operatorName !== 'string' || operatorName === '') return null;
  return {
    operatorName,
    unifiedSocialCreditCode: typeof unifiedSocialCreditCode === 'string' ? unifiedSocialCreditCode : '',
    contactPhone: typeof contactPhone === 'string' ? contactPhone : '',
  };
}

/**
 * The operator an objection letter speaks for: from its signing draft while
 * the draft is kept, else from the newest signed letter (signing discards
 * the draft, and keeps the operator in the letter's record).
 */
async function findOperator(store: WorkspaceStore, draftId: string, signedOperator: ObjectionLetterOperator | null): Promise<ObjectionLetterOperator> {
  const draft = await store.getRecord('signingDrafts', draftId);
  const fromDraft = operatorOf((draft?.fields as { operator?: unknown } | undefined)?.operator);
  return fromDraft ?? signedOperator ?? noOperator;
}

async function newestSignedOperator(store: WorkspaceStore): Promise<ObjectionLetterOperator | null> {
  const page = await store.page('letters', { index: '[signedAt+id]', limit: 1, direction: 'desc' });
  const fields = page.rows[0]?.fields as { record?: { operator?: unknown }; operatorName?: unknown } | undefined;
  return operatorOf(fields?.record?.operator) ?? operatorOf({ operatorName: fields?.operatorName });
}

/** Every objection letter of the workspace, the newest first. */
export async function listObjectionLetters(store: WorkspaceStore): Promise<ObjectionLetter[]> {
  const page = await store.page('objections', { index: '[createdAt+id]', limit: 1000, direction: 'asc' });
  const groups = new Map<string, ObjectionEntry[]>();
  for (const row of page.rows) {
    const fields = objectionFieldsSchema.safeParse(row.fields);
    if (!fields.success) throw new AppError('vault/record-unreadable');
    const draftId = String(row.index['draftId'] ?? '');
    const entry: ObjectionEntry = { id: row.id, status: row.index['status'] as ObjectionStatus, fields: fields.data };
    groups.set(draftId, [...(groups.get(draftId) ?? []), entry]);
  }
  if (groups.size === 0) return [];
  const signedOperator = await newestSignedOperator(store);
  const letters = await Promise.all(
    [...groups].map(async ([draftId, objections]) => ({
      draftId,
      objections,
      lastRaisedAt: Math.max(...objections.map((objection) => objection.fields.raisedAt)),
      operator: await findOperator(store, draftId, signedOperator),
    })),
  );
  return letters.sort((a, b) => b.lastRaisedAt - a.lastRaisedAt);
}

/** The objections the letter puts to the provider: all but those the operator withdrew. */
export function objectionsInLetter(letter: ObjectionLetter): ObjectionEntry[] {
  return letter.objections.filter((objection) => objection.status !== 'withdrawn');
}
