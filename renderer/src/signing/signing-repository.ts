import { AppError } from '@shared/errors/app-error';
import type { OpenedFile } from '@shared/ipc/files.schema';
import { objectionFieldsSchema, type ObjectionFields, type ObjectionStatus } from '@shared/signing/objection.schema';
import { emptySigningDraft, signingDraftSchema, signingSteps, type SigningDraft } from '@shared/signing/signing-draft.schema';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';
import { addAttachment as addOwnedAttachment, readAttachment } from '@renderer/ledgers/attachments';

export type StoredDraft = Readonly<{ id: string; draft: SigningDraft }>;

/** A draft as loaded: `resumed` when it was saved before (the wizard says so), not when it was just made. */
export type LoadedDraft = StoredDraft & Readonly<{ resumed: boolean }>;
export type StoredObjection = Readonly<{ id: string; status: ObjectionStatus; fields: ObjectionFields }>;

/**
 * The draft being signed (the newest), or a new empty one for the template.
 * A draft begun on an earlier version of the same letter carries over what
 * was entered and captured, but the new version has to be read again.
 */
export async function loadSigningDraft(store: WorkspaceStore, templateId: string, templateVersion: number): Promise<LoadedDraft> {
  const page = await store.page('signingDrafts', { index: '[updatedAt+id]', limit: 1, direction: 'desc' });
  const row = page.rows[0];
  if (row !== undefined) {
    const parsed = signingDraftSchema.safeParse(row.fields);
    if (!parsed.success) throw new AppError('vault/record-unreadable');
    const draft = parsed.data;
    if (draft.templateId === templateId && draft.templateVersion === templateVersion) return { id: row.id, draft, resumed: true };
    if (draft.templateId === templateId && draft.templateVersion < templateVersion) {
      const step = signingSteps.indexOf(draft.step) > signingSteps.indexOf('read') ? 'read' : draft.step;
      return { id: row.id, draft: { ...draft, templateVersion, readToEnd: false, step }, resumed: true };
    }
  }
  return { id: store.newId(), draft: emptySigningDraft(templateId, templateVersion), resumed: false };
}

/** Seals the draft after a step; resuming reads it back. */
export async function saveSigningDraft(store: WorkspaceStore, stored: StoredDraft, now: number): Promise<void> {
  await store.putRecord('signingDrafts', { id: stored.id, index: { updatedAt: now }, fields: stored.draft });
}

/** Removes the draft once the letter is signed. */
export async function discardSigningDraft(store: WorkspaceStore, draftId: string): Promise<void> {
  if ((await store.getRecord('signingDrafts', draftId)) !== null) await store.deleteRecord('signingDrafts', draftId);
}

/** Stores a file (authorisation letter, seal photo…) sealed, owned by a record. */
export function addAttachment(store: WorkspaceStore, owner: Readonly<{ table: string; id: string }>, file: OpenedFile, purpose: string, now: number): Promise<string> {
  return addOwnedAttachment(store, owner, purpose, file, now);
}

export { readAttachment };

export async function listObjections(store: WorkspaceStore, draftId: string): Promise<StoredObjection[]> {
  const { rows, unreadable } = await store.findBy('objections', 'draftId', draftId);
  // An objection that will not open must not vanish: it may be the one that blocks signing.
  if (unreadable > 0) throw new AppError('vault/record-unreadable');
  return rows
    .map((row) => {
      const fields = objectionFieldsSchema.safeParse(row.fields);
      if (!fields.success) throw new AppError('vault/record-unreadable');
      return { id: row.id, status: row.index['status'] as ObjectionStatus, fields: fields.data };
    })
    .sort((a, b) => a.fields.raisedAt - b.fields.raisedAt);
}

export async function raiseObjection(store: WorkspaceStore, draftId: string, fields: Omit<ObjectionFields, 'closedAt'>): Promise<string> {
  return store.putRecord('objections', {
    index: { createdAt: fields.raisedAt, status: 'open', draftId },
    fields: { ...fields, closedAt: null },
  });
}

/** Withdraws or resolves an open objection; it stays on record. */
export async function closeObjection(store: WorkspaceStore, objection: StoredObjection, status: Exclude<ObjectionStatus, 'open'>, now: number): Promise<void> {
  const row = await store.getRecord('objections', objection.id);
  if (row === null) throw new AppError('vault/record-unreadable');
  await store.putRecord('objections', { id: objection.id, index: { ...row.index, status }, fields: { ...objection.fields, closedAt: now } });
}
