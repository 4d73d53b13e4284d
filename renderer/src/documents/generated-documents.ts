import { z } from 'zod';
import type { OpenedFile } from '@shared/ipc/files.schema';
import { attachmentWrite } from '@renderer/ledgers/attachments';
import type { RowWrite, WorkspaceStore } from '@renderer/storage/workspace-store';

// The register of generated documents (文档 lists it): one row per PDF the
// app made for a record — the plan, the policy, a report, a letter, an
// application — naming the record, the clause it answers and the kept file.
// The file itself is an attachment of the record, so it goes with it.

const table = 'generatedDocuments' as const;

/** A generated document to keep: the file, the record and slot it belongs to, what it is. */
export type GeneratedDocumentInput = Readonly<{
  owner: Readonly<{ table: string; id: string; slot: string }>;
  title: string;
  /** The clause of the responsibility letter it answers (一(四)1). */
  clause: string;
  file: OpenedFile;
  now: number;
}>;

/** One line of the register, as 文档 shows it. */
export type GeneratedDocument = Readonly<{
  id: string;
  title: string;
  clause: string;
  fileName: string;
  attachmentId: string;
  ownerTable: string;
  ownerId: string;
  generatedAt: number;
}>;

const fieldsSchema = z.object({ title: z.string().max(200), clause: z.string().max(40), fileName: z.string().max(300), attachmentId: z.string().min(1).max(64) });

/**
 * The rows that keep a generated document: the PDF as an attachment of its
 * record, and its line in the register. Write them in one transaction, with
 * any change the document brings to the record (a plan issued).
 */
export function generatedDocumentWrites(store: WorkspaceStore, input: GeneratedDocumentInput): Readonly<{ writes: RowWrite[]; attachmentId: string }> {
  const attachmentId = store.newId();
  const fields: z.infer<typeof fieldsSchema> = { title: input.title, clause: input.clause, fileName: input.file.name, attachmentId };
  return {
    attachmentId,
    writes: [
      attachmentWrite(store, input.owner, { slot: input.owner.slot, file: input.file, id: attachmentId }, input.now),
      { table, input: { id: store.newId(), index: { generatedAt: input.now, ownerTable: input.owner.table, ownerId: input.owner.id }, fields } },
    ],
  };
}

/**
 * Keeps a generated document with its record and lists it in 文档 (one
 * audited transaction); returns the attachment's id. Every screen that makes
 * a PDF for a record calls this (or writes `generatedDocumentWrites`).
 */
export async function keepGeneratedDocument(store: WorkspaceStore, input: GeneratedDocumentInput): Promise<string> {
  const { writes, attachmentId } = generatedDocumentWrites(store, input);
  await store.writeRows(writes, { action: 'attachment-added', table: input.owner.table, recordId: input.owner.id });
  return attachmentId;
}

/** Every generated document, newest first; lines that will not open are counted. */
export async function listGeneratedDocuments(store: WorkspaceStore): Promise<Readonly<{ documents: GeneratedDocument[]; unreadable: number }>> {
  const found = await store.readAll(table);
  const documents: GeneratedDocument[] = [];
  let unreadable = found.unreadable;
  for (const row of found.rows) {
    const fields = fieldsSchema.safeParse(row.fields);
    const { generatedAt, ownerTable, ownerId } = row.index;
    if (!fields.success || typeof generatedAt !== 'number' || typeof ownerTable !== 'string' || typeof ownerId !== 'string') unreadable += 1;
    else documents.push({ id: row.id, ...fields.data, ownerTable, ownerId, generatedAt });
  }
  return { documents: documents.sort((a, b) => b.generatedAt - a.generatedAt || (a.id < b.id ? 1 : -1)), unreadable };
}

/** The register's lines of a record (removed with it). */
export async function generatedDocumentRemovals(store: WorkspaceStore, owner: Readonly<{ table: string; id: string }>, attachmentId?: string): Promise<RowWrite[]> {
  const found = await store.findBy(table, '[ownerTable+ownerId]', [owner.table, owner.id]);
  return found.rows
    .filter((row) => attachmentId === undefined || (row.fields as { attachmentId?: unknown } | null)?.attachmentId === attachmentId)
    .map((row) => ({ table, remove: row.id }));
}
