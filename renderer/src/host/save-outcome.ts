import type { SaveFileResponse } from '@shared/ipc/files.schema';
import { t } from '@renderer/i18n/t';

type SaveWords = Readonly<{
  /** What to say when the file is known to be on disk. */
  saved: (location: string) => string;
  /** What to say when the user cancelled (null: say nothing). */
  cancelled: string | null;
  /** What to say when the browser was handed the file (default: the generic sentence). */
  handedToBrowser?: (name: string) => string;
}>;

/**
 * The sentence for a save's outcome, honest about what is known: "saved"
 * only when the file was written and read back; a download handed to the
 * browser is said to be that, with where to check.
 */
export function describeSaveOutcome(response: SaveFileResponse, words: SaveWords): string | null {
  if (response.saved) return words.saved(response.location);
  if (response.handedToBrowser !== undefined) {
    return words.handedToBrowser?.(response.handedToBrowser) ?? t('files.handedToBrowser', { name: response.handedToBrowser });
  }
  return words.cancelled;
}
