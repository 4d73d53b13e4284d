import { z } from 'zod';
import { AppError } from '@shared/errors/app-error';
import type { OpenedFile } from '@shared/ipc/files.schema';
import type { RowWrite, WorkspaceStore } from '@renderer/storage/workspace-store';

/** The record a file belongs to. */
export type AttachmentOwner = Readonly<{ table: string; id: string }>;

/** A kept file as lists show it: what it is for (its slot or purpose), its name, size and when it was added. */
export type AttachmentSummary = Readonly<{ id: string; slot: string; name: string; size: number; addedAt: number }>;

const attachmentFieldsSchema = z.object({ name: z.string(), purpose: z.string() });

/** The sealed row of a new file owned by a record (to write with the record, or alone). */
export function attachmentWrite(store: WorkspaceStore, owner: AttachmentOwner, attachment: Readonly<{ slot: string; file: OpenedFile; id?: string }>, now: number): RowWrite {
  return {
    table: 'attachments',
    input: {
      id: attachment.id ?? store.newId(),
      index: { createdAt: now, ownerTable: owner.table, ownerId: owner.id },
      fields: { name: attachment.file.name, purpose: attachment.slot },
      body: attachment.file.data,
    },
  };
}

/** Keeps one file with a record; returns its id. */
export async function addAttachment(store: WorkspaceStore, owner: AttachmentOwner, slot: string, file: OpenedFile, now: number): Promise<string> {
  const write = attachmentWrite(store, owner, { slot, file }, now);
  if (!('input' in write)) throw new AppError('internal/unexpected');
  await store.writeRows([write], { action: 'attachment-added', table: owner.table, recordId: owner.id });
  return write.input.id;
}

/** The files of a record, oldest first; files that will not open are counted. */
export async function listAttachments(store: WorkspaceStore, owner: AttachmentOwner): Promise<Readonly<{ attachments: AttachmentSummary[]; unreadable: number }>> {
  const found = await store.findBy('attachments', '[ownerTable+ownerId]', [owner.table, owner.id]);
  const attachments: AttachmentSummary[] = [];
  let unreadable = found.unreadable;
  for (const row of found.rows) {
    const fields = attachmentFieldsSchema.safeParse(row.fields);
    const addedAt = row.index['createdAt'];
    if (!fields.success || typeof addedAt !== 'number') unreadable += 1;
    else attachments.push({ id: row.id, slot: fields.data.purpose, name: fields.data.name, size: row.body.byteLength, addedAt });
  }
  return { attachments: attachments.sort((a, b) => a.addedAt - b.addedAt), unreadable };
}

/** A kept file's name and bytes. */
export async function readAttachment(store: WorkspaceStore, id: string): Promise<OpenedFile> {
  const row = await store.getRecord('attachments', id);
  const fields = attachmentFieldsSchema.safeParse(row?.fields);
  if (row === null || !fields.success) throw new AppError('vault/record-unreadable');
  return { name: fields.data.name, data: new Uint8Array(row.body) };
}
