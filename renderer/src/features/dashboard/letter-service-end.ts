import { setServiceEnd } from '@renderer/signing/letters-repository';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';

/**
 * 二(一) and 一(一)3: the service under the letter ended at `endedAt`. The
 * letter records it (recurring duties stop, the 2 years of keeping start),
 * and every personal-information record's service ends at the same moment,
 * so their deletion falls due 15 working days later.
 *
 * The deletion clock is written first: if the letter's write then fails, the
 * form stays open with the error and saving again writes the letter, while
 * the service end already recorded is found and kept (it is idempotent). The
 * other order could leave a letter marked ended with no deletion duty, and
 * no form to try again from.
 */
export async function recordLetterServiceEnd(store: WorkspaceStore, letterId: string, endedAt: number): Promise<void> {
  // The deletion's code (with the backup it takes after 彻底删除) loads only now: 首页 is a start screen.
  const { endServiceForAllPersonalInformation } = await import('@renderer/ledgers/personal-information-deletion');
  await endServiceForAllPersonalInformation(store, endedAt);
  await setServiceEnd(store, letterId, endedAt);
}
