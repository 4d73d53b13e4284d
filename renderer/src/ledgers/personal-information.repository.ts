import { AppError } from '@shared/errors/app-error';
import type { OpenedFile } from '@shared/ipc/files.schema';
import { packPersonalInformation, unpackPersonalInformation } from '@shared/ledgers/personal-information.codec';
import type { PersonalInformationFields, PersonalInformationForm } from '@shared/ledgers/personal-information.schema';
import { normalizeChineseMobile } from '@shared/phone/phone-number';
import { parseChinaDateTimeInput } from '@shared/time/china-time';
import { importRecordBatches, inBatches, type ImportOptions } from '@renderer/storage/bulk-import';
import type { PageCursor, WorkspaceStore } from '@renderer/storage/workspace-store';

export type PersonalInformationRow = Readonly<{ id: string; fields: PersonalInformationFields }>;
export type PersonalInformationPage = Readonly<{ rows: PersonalInformationRow[]; next: PageCursor | null }>;

const table = 'personalInformation';

/** Adds one ledger entry, with its consent evidence sealed beside it, in one transaction. */
export async function addPersonalInformation(
  store: WorkspaceStore,
  form: PersonalInformationForm,
  evidence: OpenedFile | null,
  now: number,
): Promise<string> {
  const phone = normalizeChineseMobile(form.phone);
  const collectedAt = parseChinaDateTimeInput(form.collectedAt);
  if (phone === null || collectedAt === null || collectedAt > now) throw new AppError('storage/invalid-row');
  const id = store.newId();
  const evidenceId = evidence === null ? null : store.newId();
  const fields: PersonalInformationFields = {
    phone,
    name: form.name,
    scenario: form.scenario,
    source: form.source,
    consent: form.consent,
    collectedAt,
    usage: form.usage,
    evidenceIds: evidenceId === null ? [] : [evidenceId],
  };
  const entries = [
    {
      table,
      input: {
        id,
        index: { createdAt: collectedAt, deletionDueAt: 0, status: 'active', phoneIndex: await store.phoneIndex(phone), batchId: '' },
        fields: packPersonalInformation(fields),
      },
    },
    ...(evidence === null || evidenceId === null
      ? []
      : [
          {
            table: 'attachments' as const,
            input: {
              id: evidenceId,
              index: { createdAt: now, ownerTable: table, ownerId: id },
              fields: { name: evidence.name, purpose: 'consent-evidence' },
              body: evidence.data,
            },
          },
        ]),
  ] as const;
  await store.putRecords(entries, { action: 'record-created', table, recordId: id });
  return id;
}

function toRow(row: { id: string; index: Readonly<Record<string, string | number>>; fields: unknown }): PersonalInformationRow {
  const collectedAt = row.index['createdAt'];
  const fields = typeof collectedAt === 'number' ? unpackPersonalInformation(row.fields, collectedAt) : null;
  if (fields === null) throw new AppError('vault/record-unreadable');
  return { id: row.id, fields };
}

/** A page of the ledger, newest collection time first. */
export async function pagePersonalInformation(store: WorkspaceStore, after: PageCursor | null, limit = 50): Promise<PersonalInformationPage> {
  const page = await store.page(table, { index: '[createdAt+id]', after, limit, direction: 'desc' });
  return { rows: page.rows.map(toRow), next: page.next };
}

/** Every entry for one phone number, found through the blind index. */
export async function findPersonalInformationByPhone(store: WorkspaceStore, input: string): Promise<PersonalInformationRow[] | null> {
  const phone = normalizeChineseMobile(input);
  if (phone === null) return null;
  const rows = await store.findBy(table, 'phoneIndex', await store.phoneIndex(phone));
  return rows.map(toRow).sort((a, b) => b.fields.collectedAt - a.fields.collectedAt);
}

/**
 * Imports many entries (already validated and normalised): blind indexes and
 * sealing of each batch overlap with the writing of the one before.
 */
export function importPersonalInformation(
  store: WorkspaceStore,
  entries: readonly PersonalInformationFields[],
  options: ImportOptions & { batchSize?: number } = {},
): Promise<number> {
  async function* batches() {
    for (const batch of inBatches(entries, options.batchSize ?? 2_000)) {
      yield await Promise.all(
        batch.map(async (fields) => ({
          index: { createdAt: fields.collectedAt, deletionDueAt: 0, status: 'active', phoneIndex: await store.phoneIndex(fields.phone), batchId: '' },
          fields: packPersonalInformation(fields),
        })),
      );
    }
  }
  return importRecordBatches(store, table, batches(), options);
}
