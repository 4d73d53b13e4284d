import { z } from 'zod';
import { encodeBackupLine } from '@shared/backup/backup-format';
import { bytesToHex } from '@shared/encoding/hex';
import { concatBytes, utf8 } from '@shared/encoding/bytes';
import type { SaveFileResponse } from '@shared/ipc/files.schema';
import { workspaceDeletionVerdict, type WorkspaceDeletionVerdict } from '@shared/ledgers/retention';
import { toChinaDateString } from '@shared/time/china-time';
import { loadLetterDates } from '@renderer/obligations/obligation-records';
import { verifyOwnBackupOrThrow } from '@renderer/storage/backup-reader';
import type { AuditEvent } from '@renderer/storage/audit-log';
import { createBackup } from '@renderer/storage/backup-writer';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';

// 二(一): before a workspace whose records must still be kept is deleted,
// the user saves an archive — an encrypted backup of it. The workspace
// remembers (in its clear meta table) when, and a digest of every sealed row
// as it then stood, so the deletion can tell whether anything changed since.

const archiveMetaKey = 'archiveExport';
const archiveSchema = z.object({ at: z.number().int().nonnegative(), digest: z.string().regex(/^[0-9a-f]{64}$/) });
export type ArchiveRecord = z.infer<typeof archiveSchema>;

const chunkBytes = 1 << 20;

/**
 * A digest of every sealed row as stored (the audit log and the meta table,
 * which an unlock or this record itself change, left out): equal digests mean
 * no record, file or letter changed in between.
 */
export async function sealedDataDigest(store: WorkspaceStore): Promise<string> {
  const port = store.cryptoPort;
  const digests: Uint8Array[] = [];
  let chunk: string[] = [];
  let size = 0;
  const flush = async () => {
    if (chunk.length === 0) return;
    digests.push(await port.sha256(utf8(chunk.join('\n'))));
    chunk = [];
    size = 0;
  };
  const lines: string[] = [];
  await store.readEveryRow((table, row) => {
    if (table !== 'meta' && table !== 'audit') lines.push(encodeBackupLine(table, row));
  });
  for (const line of lines) {
    chunk.push(line);
    size += line.length;
    if (size >= chunkBytes) await flush();
  }
  await flush();
  return bytesToHex(await port.sha256(concatBytes(...digests)));
}

async function readArchive(store: WorkspaceStore): Promise<ArchiveRecord | null> {
  const parsed = archiveSchema.safeParse(await store.readMeta(archiveMetaKey));
  return parsed.success ? parsed.data : null;
}

/** Whether the open workspace may be deleted now (二(一)), reading its letter and its last archive. */
export async function workspaceRetention(store: WorkspaceStore, now: number): Promise<WorkspaceDeletionVerdict> {
  const letter = await loadLetterDates(store);
  const archive = await readArchive(store);
  // Only a workspace under retention needs its data compared with the archive.
  const unbound = workspaceDeletionVerdict(letter, null, now);
  if (unbound.allowed || archive === null) return workspaceDeletionVerdict(letter, archive === null ? null : { at: archive.at, matchesData: false }, now);
  return workspaceDeletionVerdict(letter, { at: archive.at, matchesData: archive.digest === (await sealedDataDigest(store)) }, now);
}

/**
 * Records that a copy of the data as it stood when `digest` was taken left
 * this device (an archive, or the merchant's hand-over bundle), under the
 * given audit entry: a later deletion compares the data with it.
 */
export async function noteArchive(store: WorkspaceStore, archive: ArchiveRecord, event: AuditEvent): Promise<void> {
  await store.writeMeta(archiveMetaKey, archiveSchema.parse(archive), event);
}

/** When the last archive was made, for the words of a refusal. */
export async function lastArchiveAt(store: WorkspaceStore): Promise<number | null> {
  return (await readArchive(store))?.at ?? null;
}

/**
 * Makes an encrypted backup of the whole workspace, checks it opens, hands it
 * to `save` (a save dialog, or the browser's downloads), and — unless the user
 * cancelled — records it as the archive of the data as it stands.
 */
export async function exportArchive(
  store: WorkspaceStore,
  input: Readonly<{ label: string; appVersion: string; now: number }>,
  save: (file: Readonly<{ name: string; data: Uint8Array<ArrayBuffer> }>) => Promise<SaveFileResponse>,
): Promise<SaveFileResponse> {
  const digest = await sealedDataDigest(store);
  const data = await createBackup(store, input);
  await verifyOwnBackupOrThrow(store, data);
  const saved = await save({ name: `${input.label}-存档-${toChinaDateString(input.now)}.smsbak`.replace(/[\\/:*?"<>|]/g, '_'), data });
  if (saved.saved || saved.handedToBrowser !== undefined) {
    await noteArchive(store, { at: input.now, digest }, { action: 'backup-created', table: 'meta', recordId: 'archive' });
  }
  return saved;
}
