import { handOverSheetTitle, layoutHandOverSheet, type HandOverDuty, type HandOverSheet } from '@shared/agent/hand-over-sheet';
import { letterTime } from '@shared/documents/notice-letter';
import { obligationTextZhCN } from '@shared/i18n/messages/obligations.zh-CN';
import type { DueItem } from '@shared/obligations/obligation-engine';
import { loadMerchantDetails } from '@renderer/documents/merchant-details';
import { listLetters } from '@renderer/signing/letters-repository';
import { loadPdfFactory } from '@renderer/signing/load-letter-pdf';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';

/** The date a day deadline's last day is (it ends at 24:00 of it), or an hour deadline's minute, as printed. */
function printedDue(item: DueItem): string {
  if (item.dueAt === null) return '尽快完成';
  const at = item.unit === 'hours' ? letterTime(item.dueAt) : letterTime(item.dueAt - 1).split(' ')[0]!;
  if (item.state === 'overdue' || item.state === 'missed') return `已过期限（${at}），请尽快补做`;
  return item.unit === 'hours' ? `${at} 前完成` : `${at}（含当天）前完成`;
}

/**
 * What the merchant takes over, from 首页's items: every duty not done yet
 * that has a deadline or a record to keep (no standing rules), soonest first.
 */
export function handOverDuties(items: readonly DueItem[]): HandOverDuty[] {
  return items
    .filter((item) => item.state !== 'done' && (item.obligation.kind === 'recurring' || item.obligation.kind === 'standing-record' || item.obligation.kind.startsWith('triggered')))
    .sort((a, b) => (a.dueAt ?? Number.MAX_SAFE_INTEGER) - (b.dueAt ?? Number.MAX_SAFE_INTEGER))
    .map((item) => ({ title: obligationTextZhCN[item.obligationId].title, clause: item.clause, due: printedDue(item) }));
}

/** The hand-over sheet as a PDF with selectable text (subset font embedded). */
export async function makeHandOverSheetPdf(sheet: HandOverSheet): Promise<Uint8Array<ArrayBuffer>> {
  const pdf = await loadPdfFactory();
  return pdf((measure) => layoutHandOverSheet(sheet, measure), new Map(), {
    title: handOverSheetTitle,
    subject: `${sheet.merchantName} 的交接单`,
    keywords: '交接',
    author: sheet.agentName,
    creator: '短信合规助手',
  });
}

/** What the sheet says of the merchant and the letter, from the newest letter; `fallbackName` (the workspace's label) before one is signed. */
export type HandOverFacts = Pick<HandOverSheet, 'merchantName' | 'unifiedSocialCreditCode' | 'signedAt' | 'documentDigest'>;

export async function loadHandOverFacts(store: WorkspaceStore, fallbackName: string): Promise<HandOverFacts> {
  const [newest] = await listLetters(store);
  const details = await loadMerchantDetails(store);
  return {
    merchantName: details?.operatorName ?? newest?.letter.operatorName ?? fallbackName,
    unifiedSocialCreditCode: details?.unifiedSocialCreditCode ?? null,
    signedAt: newest?.letter.signedAt ?? null,
    documentDigest: newest?.letter.pdfSha256 ?? null,
  };
}
