import { z } from 'zod';
import { documentStatus, isDraftIndex, isIssuedIndex, newDraft, versionFields, versionIndex } from '../document-versions';
import { defineLedger } from '../ledger-definition';
import { safeText } from '../ledger-fields';
import { versionName } from './emergency-plan.ledger';
import { legacyCompletionSchema, type LegacyCompletion } from './legacy-completion';

const departmentSchema = z.object({ name: z.string().min(1).max(20), duties: z.string().max(1000) });

const policySchema = z.object({
  ...versionFields,
  /** 一(五)1: the departments (技术部、运营部、客服部…) and the security duties of each. */
  departments: z.array(departmentSchema).max(3),
  /** How the duties enter each employee's assessment. */
  assessment: z.string().max(1000),
  /** What a breach of the policy brings (警告、罚款、调岗…). */
  penalties: z.string().max(1000),
  /** The person of 人员 answerable for the policy; null for a version recorded by an older version of the app. */
  responsibleId: z.string().min(1).max(64).nullable(),
  note: z.string().max(500),
  legacy: z.boolean(),
});
export type ManagementPolicyPayload = z.infer<typeof policySchema>;

// Version 2 recorded "the policy was issued" as a time and a note: it stays the version in force.
function fromLegacy(old: LegacyCompletion): ManagementPolicyPayload {
  return { ...newDraft(1, old.at), issuedAt: old.at, departments: [], assessment: '', penalties: '', responsibleId: null, note: old.note, legacy: true };
}

/** A policy version as stored; a row of version 2 ({at, note}) reads as an issued legacy version. */
export const managementPolicyPayloadSchema: z.ZodType<ManagementPolicyPayload> = z.union([policySchema, legacyCompletionSchema.transform(fromLegacy)]);

/** Departments in the form: up to three name and duties pairs; a pair left empty is left out. */
export const policyDepartmentSlots = [1, 2, 3] as const;

/** The policy's form. */
export const managementPolicyFormSchema = z
  .object({
    department1Name: safeText(20),
    department1Duties: safeText(1000),
    department2Name: safeText(20),
    department2Duties: safeText(1000),
    department3Name: safeText(20),
    department3Duties: safeText(1000),
    assessment: safeText(1000, { required: true }),
    penalties: safeText(1000, { required: true }),
    responsibleId: z.string().min(1, { message: 'required' }).max(64),
    note: safeText(500),
  })
  .superRefine((form, context) => {
    for (const slot of policyDepartmentSlots) {
      const name = form[`department${slot}Name`];
      const duties = form[`department${slot}Duties`];
      if (name === '' && duties !== '') context.addIssue({ code: 'custom', message: 'departmentName', path: [`department${slot}Name`] });
      if (name !== '' && duties === '') context.addIssue({ code: 'custom', message: 'departmentDuties', path: [`department${slot}Duties`] });
    }
    if (policyDepartmentSlots.every((slot) => form[`department${slot}Name`] === '')) context.addIssue({ code: 'custom', message: 'departmentsRequired', path: ['department1Name'] });
  });
export type ManagementPolicyForm = z.infer<typeof managementPolicyFormSchema>;

/** The departments a form names, in order. */
export function departmentsOfForm(form: ManagementPolicyForm): ManagementPolicyPayload['departments'] {
  return policyDepartmentSlots.flatMap((slot) => (form[`department${slot}Name`] === '' ? [] : [{ name: form[`department${slot}Name`], duties: form[`department${slot}Duties`] }]));
}

/** A first draft: the departments the letter names, assessment and penalties in its words. */
export function defaultPolicyText(): Readonly<{ departments: ManagementPolicyPayload['departments']; assessment: string; penalties: string }> {
  return {
    departments: [
      { name: '技术部', duties: '保管短信接口的访问凭证（API 密钥、账号密码、IP 白名单），专人专管，最长 90 天更换一次；维护发送系统的安全，发现凭证泄露或接口异常调用立即处置并报告。' },
      { name: '运营部', duties: '按“双人审核”要求审核每条短信内容，批量发送（超过 100 条）的审核记录至少保存 1 年；只在约定场景（验证码、账户安全通知、业务办理提醒）发送短信。' },
      { name: '客服部', duties: '只收集必要的用户信息并取得明确同意；维护用户信息台账，不再需要的信息在 15 个工作日内删除；受理用户投诉，发现安全事件立即报告。' },
    ],
    assessment: '将上述信息安全职责写入各岗位职责，纳入员工岗位职责考核；每年组织至少 1 次全员信息安全培训，培训和考核情况留档。',
    penalties: '违反本制度的员工，视情节轻重按公司规定给予警告、罚款或调岗等处罚；造成用户信息泄露或违法违规短信发送的，依法追究责任。',
  };
}

/** 管理制度 (一(五)1): each version of 《短信接口信息安全管理制度》; the duty is kept while a version is in force. */
export const managementPolicyLedger = defineLedger({
  id: 'management-policy',
  ledger: 'management-policy',
  primary: true,
  clause: '一(五)1',
  retained: true,
  isDraft: isDraftIndex,
  isChoosable: isIssuedIndex,
  table: 'policies',
  indexes: ['[createdAt+id]', 'status'],
  order: '[createdAt+id]',
  payload: managementPolicyPayloadSchema,
  index: (payload) => versionIndex(payload),
  columns: [
    { id: 'version', format: 'number', value: (payload) => payload.version },
    { id: 'status', format: 'enum', value: (payload) => documentStatus(payload) },
    { id: 'issuedAt', format: 'date', value: (payload) => payload.issuedAt },
    { id: 'responsibleId', format: 'ref', ref: 'staff', value: (payload) => payload.responsibleId },
    { id: 'note', format: 'text', value: (payload) => payload.note },
  ],
  attachments: [
    { id: 'document', accepts: ['pdf'] },
    { id: 'evidence', accepts: ['pdf', 'image'] },
  ],
  filters: [{ field: 'status', values: ['current', 'superseded', 'withdrawn', 'draft'] }],
  search: 'text',
  describe: (payload) => `管理制度${versionName(payload)}`,
  clocks: (record) => {
    const issuedAt = record.index['issuedAt'] ?? record.index['createdAt'];
    // A row of version 2 not yet rewritten has no status: it was recorded as issued.
    const inForce = record.index['status'] === undefined || record.index['status'] === 'current';
    return inForce && typeof issuedAt === 'number' && issuedAt > 0
      ? [{ obligation: 'management-policy', source: 'management-policy', recordId: record.id, startedAt: null, doneAt: issuedAt, closedAt: null }]
      : [];
  },
});
