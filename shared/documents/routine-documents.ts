import { quarterNameZhCN } from '../i18n/quarter-name';
import type { EmergencyDrillPayload } from '../ledgers/definitions/emergency-drill.ledger';
import type { EmergencyPlanPayload } from '../ledgers/definitions/emergency-plan.ledger';
import type { HazardPayload } from '../ledgers/definitions/hazard.ledger';
import type { ManagementPolicyPayload } from '../ledgers/definitions/management-policy.ledger';
import { inspectionAreas, isLateInspection, type InspectionArea, type InspectionItem, type SelfInspectionPayload } from '../ledgers/definitions/self-inspection.ledger';
import { hoursAllowed, workingDaysAllowed, yearsKept } from '../obligations/obligation-catalogue';
import type { ComplianceDocument, DocumentFact } from './compliance-document';
import { letterTime } from './notice-letter';

// The documents the routine ledgers generate. Deadlines and keeping periods
// in their text come from the obligations catalogue; people are named
// through `name` (a person of 人员 by id); the merchant's name and code are
// added by the layout from the signed letter.

/** A person's name by id (a person since deleted reads as such). */
export type NameOf = (id: string) => string;

function day(instant: number): string {
  return letterTime(instant).split(' ')[0] ?? '';
}

/** A China date (YYYY-MM-DD) as a letter writes it: 2026年10月14日. */
function dateWords(date: string): string {
  const [year, month, dayOfMonth] = date.split('-').map(Number) as [number, number, number];
  return `${year}年${month}月${dayOfMonth}日`;
}

function names(ids: readonly string[], name: NameOf): string {
  return ids.map(name).join('、');
}

/** 一(四)1: the emergency plan of one version — grading, response process, people responsible. */
export function emergencyPlanDocument(plan: EmergencyPlanPayload, issuedAt: number, name: NameOf): ComplianceDocument {
  const sections = [
    {
      heading: '总则',
      paragraphs: ['为及时、有效地处置短信接口使用中的信息安全事件（如用户信息泄露、接口被非法调用、短信内容被篡改），减少损失，保护用户的合法权益，制定本预案。本预案适用于本单位使用短信接口的全部业务和人员。'],
    },
    {
      heading: '事件分级标准',
      facts: [
        { label: '特别重大', value: plan.grading.especiallySerious },
        { label: '重大', value: plan.grading.serious },
        { label: '较大', value: plan.grading.relativelySerious },
        { label: '一般', value: plan.grading.general },
      ],
    },
    { heading: '响应流程', paragraphs: [plan.process] },
    {
      heading: '组织与责任人',
      facts: [
        { label: '应急负责人（负责指挥处置）', value: name(plan.leaderId) },
        { label: '对外报告人（负责书面通知服务提供方和监管部门）', value: name(plan.reporterId) },
        { label: '应急小组成员', value: names(plan.memberIds, name) },
      ],
    },
    {
      heading: '报告对象和联系方式',
      facts: [
        { label: '短信接口服务提供方', value: plan.providerContact },
        { label: '当地网信办', value: plan.cyberspaceAuthority },
        { label: '当地通信管理局', value: plan.telecomAuthority },
      ],
    },
    { heading: '演练', paragraphs: ['每年至少组织 1 次应急演练，检验本预案的可行性，并留存演练方案、过程记录和总结报告；根据演练发现的问题及时修订本预案。'] },
    ...(plan.note === '' ? [] : [{ heading: '版本说明', paragraphs: [plan.note] }]),
  ];
  return {
    title: '短信接口信息安全应急预案',
    subtitle: `第 ${plan.version} 版`,
    facts: [
      { label: '版本', value: `第 ${plan.version} 版` },
      { label: '发布日期', value: day(issuedAt) },
    ],
    sections,
    clause: '一(四)1',
  };
}

/** 一(五)1: 《短信接口信息安全管理制度》 of one version — departments and duties, assessment, penalties. */
export function managementPolicyDocument(policy: ManagementPolicyPayload, issuedAt: number, name: NameOf): ComplianceDocument {
  const rules = [
    `1. 只收集与短信服务有关的必要信息（如手机号），并取得用户可追溯的明确同意；不收集身份证号、银行卡号等无关信息；不再需要的用户信息在 ${workingDaysAllowed('personal-information-deletion')} 个工作日内彻底删除。`,
    '2. 用户信息只用于约定的短信场景（验证码、账户安全通知、业务办理提醒），不转让、出租、出售，不用于商业广告。',
    '3. 每条短信发送前由两名工作人员分别审核；单次发送超过 100 条的，审核记录至少保存 1 年。',
    `4. 接口凭证专人专管、明确权限范围，最长 90 天更换一次；发现可能泄露，${hoursAllowed('credential-leak-freeze')} 小时内通知服务提供方并申请冻结，${hoursAllowed('credential-leak-reset')} 小时内完成重置。`,
    '5. 发生安全事件，按《短信接口信息安全应急预案》处置。',
    `6. 每年至少组织 1 次全员信息安全培训；每季度开展 1 次内部安全自查，发现的隐患在 ${workingDaysAllowed('hazard-remediation')} 个工作日内整改，自查报告和整改记录至少保存 ${yearsKept('inspection-retention')} 年。`,
  ];
  return {
    title: '短信接口信息安全管理制度',
    subtitle: `第 ${policy.version} 版`,
    facts: [
      { label: '版本', value: `第 ${policy.version} 版` },
      { label: '发布日期', value: day(issuedAt) },
      { label: '制度负责人', value: policy.responsibleId === null ? '' : name(policy.responsibleId) },
    ],
    sections: [
      {
        heading: '总则',
        paragraphs: ['为落实《短信接口信息安全保障责任书》约定的信息安全责任，保护用户个人信息，规范短信接口的使用，制定本制度。本制度适用于本单位全体员工，自发布之日起施行。'],
      },
      { heading: '各部门的安全职责', facts: policy.departments.map((department) => ({ label: department.name, value: department.duties })) },
      { heading: '日常安全要求', paragraphs: rules },
      { heading: '考核', paragraphs: [policy.assessment] },
      { heading: '处罚', paragraphs: [policy.penalties] },
      ...(policy.note === '' ? [] : [{ heading: '版本说明', paragraphs: [policy.note] }]),
    ],
    clause: '一(五)1',
  };
}

/** How a self-inspection report names its checklist: the area and item labels of the ledger's form. */
export type InspectionWords = Readonly<{
  area: (area: InspectionArea) => string;
  item: (item: InspectionItem) => string;
  hazardArea: (area: HazardPayload['area']) => string;
}>;

/** A hazard with the due date of its fix, as the engine counted it. */
export type HazardLine = Readonly<{ hazard: HazardPayload; dueDate: string | null }>;

/** 一(五)3: the self-inspection report — the checklist, the findings, each hazard with its fix. */
export function selfInspectionReport(inspection: SelfInspectionPayload, hazards: readonly HazardLine[], name: NameOf, words: InspectionWords): ComplianceDocument {
  const result = (item: InspectionItem) => ({ ok: '符合', hazard: '发现隐患', 'not-recorded': '未记录' })[inspection.checks[item]];
  const checklist = (Object.keys(inspectionAreas) as InspectionArea[]).map((area) => ({
    heading: `自查情况：${words.area(area)}`,
    facts: inspectionAreas[area].map((item) => ({ label: words.item(item), value: result(item) })),
  }));
  const hazardFacts: DocumentFact[] = hazards.flatMap(({ hazard, dueDate }, index) => [
    { label: `隐患 ${index + 1}（${words.hazardArea(hazard.area)}，发现于 ${letterTime(hazard.foundAt)}）`, value: hazard.description },
    { label: '整改责任人', value: name(hazard.responsibleId) },
    { label: '整改期限', value: dueDate === null ? '' : `${dateWords(dueDate)}（${workingDaysAllowed('hazard-remediation')} 个工作日内）` },
    { label: '整改情况', value: hazard.fix === null ? '尚未整改' : `已于 ${letterTime(hazard.fix.at)} 完成：${hazard.fix.note}` },
  ]);
  const timing = isLateInspection(inspection) ? `本次自查于 ${letterTime(inspection.inspectedAt)} 完成，晚于 ${quarterNameZhCN(inspection.quarter)} 结束，属补做的自查。` : null;
  return {
    title: '内部安全自查报告',
    subtitle: quarterNameZhCN(inspection.quarter),
    facts: [
      { label: '自查季度', value: quarterNameZhCN(inspection.quarter) },
      { label: '自查时间', value: letterTime(inspection.inspectedAt) },
      { label: '检查人', value: names(inspection.inspectorIds, name) },
    ],
    sections: [
      ...checklist,
      { heading: '发现的问题', paragraphs: [inspection.findings === '' ? '未发现其他问题。' : inspection.findings, ...(timing === null ? [] : [timing])] },
      {
        heading: '隐患与整改',
        ...(hazards.length === 0 ? { paragraphs: ['本次自查未登记隐患。'] } : { facts: hazardFacts }),
      },
      { heading: '留存', paragraphs: [`本报告和整改记录至少保存 ${yearsKept('inspection-retention')} 年。`] },
    ],
    clause: '一(五)3',
  };
}

/** 一(四)1: the drill's summary report — the plan followed, who took part, the process and the lessons. */
export function drillReport(drill: EmergencyDrillPayload, planName: string, name: NameOf): ComplianceDocument {
  return {
    title: '应急演练总结报告',
    facts: [
      { label: '演练时间', value: letterTime(drill.heldAt) },
      { label: '依据的应急预案', value: planName },
      { label: '演练科目', value: drill.scenario },
      { label: '参加人员', value: names(drill.participantIds, name) },
    ],
    sections: [
      { heading: '演练过程', paragraphs: [drill.process] },
      { heading: '总结与改进', paragraphs: [drill.summary] },
    ],
    clause: '一(四)1',
  };
}
