import { AppError } from '@shared/errors/app-error';
import type { OpenedFile } from '@shared/ipc/files.schema';
import { letterRecordSchema, type LetterRecord } from '@shared/signing/letter-record.schema';
import { toChinaDateString } from '@shared/time/china-time';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';
import type { SignedLetter } from './signed-letter';

export type StoredLetter = Readonly<{ id: string; letter: LetterRecord }>;

/** Files kept as evidence beside a digitally signed letter. */
export type LetterEvidenceFile = Readonly<{ name: string; purpose: string; data: Uint8Array }>;

const table = 'letters';

function attachmentEntry(id: string, owner: string, now: number, file: LetterEvidenceFile) {
  return {
    table: 'attachments' as const,
    input: { id, index: { createdAt: now, ownerTable: table, ownerId: owner }, fields: { name: file.name, purpose: file.purpose }, body: file.data },
  };
}

/**
 * Keeps a signed letter: its record, the signed PDF and the evidence files,
 * in one transaction. The authorisation letter (授权委托书), when an
 * authorised representative signed, is one of the evidence files and the
 * record names it.
 */
export async function saveSignedLetter(
  store: WorkspaceStore,
  signed: SignedLetter,
  files: Readonly<{ evidence: readonly LetterEvidenceFile[]; authorisation: OpenedFile | null }>,
  now: number,
): Promise<string> {
  const id = store.newId();
  const pdfId = store.newId();
  const evidence: LetterEvidenceFile[] = [...files.evidence, ...(files.authorisation ? [{ ...files.authorisation, purpose: 'authorisation-letter' }] : [])];
  const evidenceIds = evidence.map(() => store.newId());
  const letter: LetterRecord = {
    kind: 'digital',
    templateId: signed.record.template.id,
    templateVersion: signed.record.template.version,
    templateSha256: signed.record.template.sha256,
    operatorName: signed.record.operator.operatorName,
    signedAt: signed.record.signedAt,
    effectiveDate: toChinaDateString(signed.record.signedAt),
    digest: signed.digest,
    pdfSha256: signed.pdfSha256,
    pdfAttachmentId: pdfId,
    evidenceAttachmentIds: evidenceIds,
    scanAttachmentIds: [],
    authorisationAttachmentId: files.authorisation ? evidenceIds.at(-1)! : null,
  };
  await store.putRecords(
    [
      { table, input: { id, index: { signedAt: letter.signedAt, status: 'signed' }, fields: { ...letter, record: signed.record } } },
      attachmentEntry(pdfId, id, now, { name: `${signed.record.template.id}-${letter.effectiveDate}.pdf`, purpose: 'signed-letter', data: signed.pdf }),
      ...evidence.map((file, index) => attachmentEntry(evidenceIds[index]!, id, now, file)),
    ],
    { action: 'record-created', table, recordId: id },
  );
  return id;
}

/** Registers a letter signed on paper, by its scan. */
export async function saveWetInkLetter(
  store: WorkspaceStore,
  input: Readonly<{ operatorName: string; signedAt: number; templateId: string; templateVersion: number; templateSha256: string }>,
  scan: OpenedFile,
  now: number,
): Promise<string> {
  const id = store.newId();
  const scanId = store.newId();
  const letter: LetterRecord = {
    kind: 'wet-ink',
    ...input,
    effectiveDate: toChinaDateString(input.signedAt),
    digest: null,
    pdfSha256: null,
    pdfAttachmentId: null,
    evidenceAttachmentIds: [],
    scanAttachmentIds: [scanId],
    authorisationAttachmentId: null,
  };
  await store.putRecords(
    [
      { table, input: { id, index: { signedAt: input.signedAt, status: 'signed' }, fields: letter } },
      attachmentEntry(scanId, id, now, { name: scan.name, purpose: 'wet-ink-scan', data: scan.data }),
    ],
    { action: 'record-created', table, recordId: id },
  );
  return id;
}

function toLetter(row: { id: string; fields: unknown }): StoredLetter {
  const parsed = letterRecordSchema.safeParse(row.fields);
  if (!parsed.success) throw new AppError('vault/record-unreadable');
  return { id: row.id, letter: parsed.data };
}

/** The workspace's letters, newest first. */
export async function listLetters(store: WorkspaceStore): Promise<StoredLetter[]> {
  const page = await store.page(table, { index: '[signedAt+id]', limit: 200, direction: 'desc' });
  return page.rows.map(toLetter);
}

async function updateLetter(store: WorkspaceStore, id: string, change: (letter: LetterRecord) => LetterRecord): Promise<void> {
  const row = await store.getRecord(table, id);
  if (row === null) throw new AppError('vault/record-unreadable');
  const current = toLetter(row).letter;
  await store.putRecord(table, { id, index: row.index, fields: { ...(row.fields as object), ...change(current) } });
}

/** Attaches a scan of the wet-ink copy to a letter. */
export async function attachScan(store: WorkspaceStore, id: string, scan: OpenedFile, now: number): Promise<void> {
  const scanId = await store.putRecord('attachments', {
    index: { createdAt: now, ownerTable: table, ownerId: id },
    fields: { name: scan.name, purpose: 'wet-ink-scan' },
    body: scan.data,
  });
  await updateLetter(store, id, (letter) => ({ ...letter, scanAttachmentIds: [...letter.scanAttachmentIds, scanId] }));
}

/** Records the date the letter took effect. */
export async function setEffectiveDate(store: WorkspaceStore, id: string, date: string): Promise<void> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new AppError('storage/invalid-row');
  await updateLetter(store, id, (letter) => ({ ...letter, effectiveDate: date }));
}

/**
 * 二(一): records (or, with null, clears) when the service under a letter
 * ended; audited like every change of the letter. Recurring duties stop from
 * then, and compliance records are kept 2 years after it.
 */
export async function setServiceEnd(store: WorkspaceStore, id: string, endedAt: number | null): Promise<void> {
  if (endedAt !== null && (!Number.isInteger(endedAt) || endedAt < 0)) throw new AppError('storage/invalid-row');
  await updateLetter(store, id, (letter) => ({ ...letter, serviceEndedAt: endedAt }));
}
