import type { LayoutModel, SizedMeasure } from '../pdf/layout-model';
import { PageFlow } from '../pdf/page-flow';

export type ObjectionLetterContent = Readonly<{
  letterTitle: string;
  operatorName: string;
  unifiedSocialCreditCode: string;
  contactPhone: string;
  /** Each objection with the clause named as a reader names it (第一条（三）第 2 项), never by its id. */
  objections: readonly Readonly<{ clauseLabel: string; clauseText: string; text: string }>[];
  date: Readonly<{ year: number; month: number; day: number }>;
}>;

/** 三、3: the written objection to the provider, raised before signing. */
export function layoutObjectionLetter(content: ObjectionLetterContent, measure: SizedMeasure): LayoutModel {
  const flow = new PageFlow(measure);
  const body = { size: 11, leading: 19 } as const;
  flow.paragraph(`关于《${content.letterTitle}》的异议函`, { size: 16, leading: 28, align: 'center', after: 12 });
  flow.paragraph('致：短信接口服务提供方', { ...body, after: 6 });
  flow.paragraph(
    `我方（${content.operatorName}，统一社会信用代码 ${content.unifiedSocialCreditCode}）在签署《${content.letterTitle}》之前，依据该责任书第三条第 3 项，对下列条款提出异议，请予协商修改：`,
    { ...body, after: 8 },
  );
  content.objections.forEach((objection, index) => {
    flow.ensureSpace(body.leading * 4);
    flow.paragraph(`${objection.clauseLabel}：${objection.clauseText}`, { ...body, label: `${index + 1}.`, after: 2 });
    flow.paragraph(`我方意见：${objection.text}`, { ...body, indent: 22, after: 8 });
  });
  flow.paragraph('以上异议处理之前，我方暂不签署该责任书。', { ...body, after: 24 });
  flow.paragraph(`经营者：${content.operatorName}`, { ...body });
  flow.paragraph(`联系电话：${content.contactPhone}`, { ...body });
  flow.paragraph(`日期：${content.date.year} 年 ${content.date.month} 月 ${content.date.day} 日`, { ...body });
  return { pages: flow.pages() };
}
