import type { OpenedFile } from '@shared/ipc/files.schema';
import type { AnyLedgerDefinition, AttachmentSlot } from '@shared/ledgers/ledger-definition';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { t } from '@renderer/i18n/t';
import { ledgerText } from '@renderer/ledgers/ledger-text';
import { useSession } from '@renderer/session/session-context';

/** Largest evidence file: a phone photo or a scanned PDF. */
export const evidenceMaxBytes = 20 * 1024 * 1024;

/** The file-type filter of a slot, for the open dialog. */
export function slotFilters(slot: AttachmentSlot) {
  const extensions = slot.accepts.flatMap((kind) => (kind === 'pdf' ? ['pdf'] : ['jpg', 'jpeg', 'png']));
  return [{ name: slot.accepts.includes('image') ? (slot.accepts.includes('pdf') ? '图片或 PDF' : '图片') : 'PDF', extensions }];
}

/** Asks the user for one file of a slot; null when they cancelled; a Chinese message when it was refused. */
export function usePickFile() {
  const { services } = useSession();
  return async (slot: AttachmentSlot): Promise<{ file: OpenedFile } | { error: string } | null> => {
    const result = await services.host.files.openFile({ filters: slotFilters(slot), maxBytes: evidenceMaxBytes });
    if (!result.ok) return { error: result.error.code === 'files/unsupported-type' ? t('ledgers.attachments.wrongType') : describeErrorZhCN(result.error.code) };
    return result.value === null ? null : { file: result.value };
  };
}

type FilePickListProps = Readonly<{
  definition: AnyLedgerDefinition;
  slots: readonly AttachmentSlot[];
  picked: ReadonlyMap<string, OpenedFile>;
  onPick: (slot: string, file: OpenedFile | null) => void;
  onError: (message: string) => void;
}>;

/** Files to keep with a new record, one per slot, chosen before it is saved. */
export function FilePickList({ definition, slots, picked, onPick, onError }: FilePickListProps) {
  const pick = usePickFile();
  return (
    <ul className="file-picks">
      {slots.map((slot) => {
        const file = picked.get(slot.id);
        return (
          <li key={slot.id}>
            <span>{ledgerText(definition, `attachment.${slot.id}`)}</span>
            <button
              type="button"
              className="button small"
              onClick={() =>
                void pick(slot).then((result) => {
                  if (result === null) return;
                  if ('error' in result) onError(result.error);
                  else onPick(slot.id, result.file);
                })
              }
            >
              {t('ledgers.attachments.choose')}
            </button>
            {file !== undefined && (
              <>
                <span className="file-name">{file.name}</span>
                <button type="button" className="button small" onClick={() => onPick(slot.id, null)}>
                  {t('ledgers.attachments.unpick')}
                </button>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
