import { letterTime } from '../documents/notice-letter';
import type { LayoutModel, SizedMeasure } from '../pdf/layout-model';
import { PageFlow } from '../pdf/page-flow';

/** A duty the merchant takes over, in the words of 首页: what, which clause, by when. */
export type HandOverDuty = Readonly<{ title: string; clause: string; due: string }>;

/** Everything the hand-over sheet prints: no personal data beyond the merchant's name and code as signed. */
export type HandOverSheet = Readonly<{
  merchantName: string;
  /** Null for a letter registered on paper (its record names only the merchant). */
  unifiedSocialCreditCode: string | null;
  signedAt: number | null;
  documentDigest: string | null;
  bundleName: string;
  bundleDigest: string;
  recoveryCode: string;
  handedOverAt: number;
  agentName: string;
  duties: readonly HandOverDuty[];
}>;

export const handOverSheetTitle = '短信合规助手交接单';

/**
 * The sheet an agent prints for the merchant with the hand-over bundle: what
 * the bundle is, the recovery code that opens it, and in plain words what
 * the merchant does next and by when.
 */
export function layoutHandOverSheet(sheet: HandOverSheet, measure: SizedMeasure): LayoutModel {
  const flow = new PageFlow(measure);
  const body = { size: 11, leading: 17 } as const;
  flow.paragraph(handOverSheetTitle, { size: 16, leading: 26, align: 'center', after: 2 });
  flow.paragraph('（请商户妥善保管，不要和交接包放在一起）', { size: 10, leading: 16, align: 'center', after: 8 });
  flow.paragraph(
    `\u3000\u3000您的短信合规资料已在现场整理完毕。交接包“${sheet.bundleName}”是这些资料的加密副本：已签署的责任书、各本台账、人员和设置。打开它要用您刚才自己设置的密码；忘记密码时，用下面的恢复码。`,
    { ...body, after: 6 },
  );
  const facts: Array<readonly [string, string]> = [
    ['经营者', sheet.merchantName],
    ...(sheet.unifiedSocialCreditCode === null ? [] : [['统一社会信用代码', sheet.unifiedSocialCreditCode] as const]),
    ...(sheet.signedAt === null ? [] : [['责任书签署时间', letterTime(sheet.signedAt)] as const]),
    ...(sheet.documentDigest === null ? [] : [['责任书文件指纹（SHA-256）', sheet.documentDigest] as const]),
    ['交接包文件', sheet.bundleName],
    ['交接包指纹（SHA-256）', sheet.bundleDigest],
    ['交接时间', letterTime(sheet.handedOverAt)],
    ['办理人', sheet.agentName],
  ];
  for (const [label, value] of facts) flow.paragraph(`${label}：${value}`, { ...body, indent: 22, after: 1 });
  flow.skip(8);
  flow.ensureSpace(90);
  flow.paragraph('恢复码', { size: 12, leading: 18, after: 2 });
  flow.paragraph(sheet.recoveryCode, { size: 15, leading: 24, indent: 22, after: 2 });
  flow.paragraph('恢复码和密码一样能打开交接包。请把本单收好，不要拍照发给别人，也不要和交接包存放在同一个地方。', { size: 10, leading: 16, after: 10 });
  flow.ensureSpace(body.leading * 4);
  flow.paragraph('接下来请您这样做', { size: 13, leading: 20, after: 4 });
  const steps = [
    '在您自己的电脑上安装“短信合规助手”，打开后选择“从备份恢复”。',
    `选择交接包文件“${sheet.bundleName}”，输入您设置的密码（忘记时用上面的恢复码），按提示完成。`,
    '打开后先看“首页”：下面这些事有截止时间，请按时做完，并在对应的台账里记下来，软件会按时提醒您。',
  ];
  steps.forEach((step, index) => flow.paragraph(step, { ...body, label: `${index + 1}.`, after: 3 }));
  for (const duty of sheet.duties) flow.paragraph(`${duty.title}（条款 ${duty.clause}）：${duty.due}`, { ...body, indent: 22, label: '·', after: 2 });
  flow.paragraph('办理人交接后会从自己的电脑上清理您的资料，只留下一条签约记录（经营者名称、签署日期、文件指纹、办理人），不含任何个人信息。', {
    ...body,
    label: `${steps.length + 1}.`,
    after: 12,
  });
  flow.ensureSpace(body.leading * 3);
  flow.paragraph('商户签收：________________　　日期：______年____月____日', { ...body, after: 10 });
  flow.paragraph('办理人：________________', body);
  return { pages: flow.pages() };
}
