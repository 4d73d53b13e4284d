import { z } from 'zod';
import { hoursAllowed, workingDaysAllowed } from '../../obligations/obligation-catalogue';
import { toChinaDateString } from '../../time/china-time';
import { documentStatus, isDraftIndex, isIssuedIndex, versionFields, versionIndex } from '../document-versions';
import { defineLedger } from '../ledger-definition';
import { recordRef, safeText } from '../ledger-fields';

/** The four grades of the plan, as the incident ledger grades incidents: 特别重大, 重大, 较大, 一般. */
export const planGrades = ['especiallySerious', 'serious', 'relativelySerious', 'general'] as const;
export type PlanGrade = (typeof planGrades)[number];

const personId = z.string().min(1).max(64);

/**
 * 一(四)1: the emergency plan — grading of incidents, the response process
 * and the people responsible — one record per version.
 */
export const emergencyPlanPayloadSchema = z.object({
  ...versionFields,
  grading: z.object({ especiallySerious: z.string().max(500), serious: z.string().max(500), relativelySerious: z.string().max(500), general: z.string().max(500) }),
  process: z.string().max(3000),
  /** 应急负责人: leads the response. */
  leaderId: personId,
  /** 对外报告人: writes to the provider and the regulators. */
  reporterId: personId,
  memberIds: z.array(personId).max(100),
  providerContact: z.string().max(100),
  cyberspaceAuthority: z.string().max(60),
  telecomAuthority: z.string().max(60),
  note: z.string().max(500),
});
export type EmergencyPlanPayload = z.infer<typeof emergencyPlanPayloadSchema>;

/** The plan's form (the grades flattened into four fields). */
export const emergencyPlanFormSchema = z.object({
  gradeEspeciallySerious: safeText(500, { required: true }),
  gradeSerious: safeText(500, { required: true }),
  gradeRelativelySerious: safeText(500, { required: true }),
  gradeGeneral: safeText(500, { required: true }),
  process: safeText(3000, { required: true }),
  leaderId: recordRef,
  reporterId: recordRef,
  memberIds: z.array(personId),
  providerContact: safeText(100),
  cyberspaceAuthority: safeText(60),
  telecomAuthority: safeText(60),
  note: safeText(500),
});
export type EmergencyPlanForm = z.infer<typeof emergencyPlanFormSchema>;

function duration(hours: number): string {
  return hours < 1 ? `${Math.round(hours * 60)} 分钟` : `${hours} 小时`;
}

/** A first draft a merchant can adopt as it is or adapt: the grades and the steps of 一(四)2, deadlines from the catalogue. */
export function defaultEmergencyPlanText(): Readonly<{ grading: Readonly<Record<PlanGrade, string>>; process: string }> {
  return {
    grading: {
      especiallySerious: '大量用户信息泄露（1 万条以上），或接口被非法调用发送诈骗、赌博等违法短信并造成严重后果。',
      serious: '用户信息泄露 1000 条以上，或接口被非法调用、短信内容被篡改，已发出违法违规短信。',
      relativelySerious: '少量用户信息泄露（1000 条以下），或接口凭证泄露、接口被异常调用，但尚未发出违规短信。',
      general: '可能造成信息泄露的隐患或异常（如设备丢失、账号异常登录），尚未发现实际泄露或违规发送。',
    },
    process: [
      '1. 发现与报告：任何员工发现用户信息泄露、接口被非法调用、短信内容被篡改等情况，立即报告应急负责人。',
      `2. 控制：${duration(hoursAllowed('incident-contain'))}内采取控制措施（暂停接口使用、隔离受影响系统、阻断非法访问），防止事态扩大。`,
      `3. 书面通知：${duration(hoursAllowed('incident-notify'))}内将事件类型、影响范围和已采取的措施书面通知短信接口服务提供方及当地网信办、通信管理局。`,
      `4. 调查与进展：${duration(hoursAllowed('incident-report'))}内形成初步调查报告；此后每 ${workingDaysAllowed('incident-progress')} 个工作日向监管部门报告处置进展，直至事件完全解决。`,
      `5. 告知用户：${duration(hoursAllowed('incident-users'))}内通过电话、短信等方式告知受影响的用户事件情况和补救措施（如修改密码）。`,
      '6. 恢复与总结：事件解决后恢复服务，查明原因、整改隐患，写出总结报告，记入安全事件台账。',
    ].join('\n'),
  };
}

/** The payload's grades from the form. */
export function gradingOfForm(form: Pick<EmergencyPlanForm, 'gradeEspeciallySerious' | 'gradeSerious' | 'gradeRelativelySerious' | 'gradeGeneral'>): EmergencyPlanPayload['grading'] {
  return { especiallySerious: form.gradeEspeciallySerious, serious: form.gradeSerious, relativelySerious: form.gradeRelativelySerious, general: form.gradeGeneral };
}

/** A version's name: 第 2 版（2026-11-20 发布）, or 第 3 版（草稿）. */
export function versionName(payload: Readonly<{ version: number; issuedAt: number | null }>): string {
  return `第 ${payload.version} 版（${payload.issuedAt === null ? '草稿' : `${toChinaDateString(payload.issuedAt)} 发布`}）`;
}

/** 应急预案 (一(四)1): each version of the plan; the drills name the one they followed. */
export const emergencyPlanLedger = defineLedger({
  id: 'emergency-plan',
  ledger: 'emergency-drill',
  primary: false,
  clause: '一(四)1',
  retained: true,
  isDraft: isDraftIndex,
  isChoosable: isIssuedIndex,
  table: 'emergencyPlanVersions',
  indexes: ['[createdAt+id]', 'status'],
  order: '[createdAt+id]',
  payload: emergencyPlanPayloadSchema,
  index: (payload) => versionIndex(payload),
  columns: [
    { id: 'version', format: 'number', value: (payload) => payload.version },
    { id: 'status', format: 'enum', value: (payload) => documentStatus(payload) },
    { id: 'issuedAt', format: 'date', value: (payload) => payload.issuedAt },
    { id: 'leaderId', format: 'ref', ref: 'staff', value: (payload) => payload.leaderId },
    { id: 'reporterId', format: 'ref', ref: 'staff', value: (payload) => payload.reporterId },
    { id: 'note', format: 'text', value: (payload) => payload.note },
  ],
  attachments: [
    { id: 'document', accepts: ['pdf'] },
    { id: 'evidence', accepts: ['pdf', 'image'] },
  ],
  filters: [{ field: 'status', values: ['current', 'superseded', 'withdrawn', 'draft'] }],
  search: 'text',
  describe: (payload) => `应急预案${versionName(payload)}`,
  clocks: (record) => {
    const issuedAt = record.index['issuedAt'];
    return record.index['status'] === 'current' && typeof issuedAt === 'number'
      ? [{ obligation: 'emergency-plan', source: 'emergency-plan', recordId: record.id, startedAt: null, doneAt: issuedAt, closedAt: null }]
      : [];
  },
  clockRows: { field: 'status', values: ['current'] },
});
