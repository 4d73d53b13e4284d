import { describe, expect, it } from 'vitest';
import { layoutComplianceDocument, type ComplianceDocument } from '@shared/documents/compliance-document';
import type { MerchantDetails } from '@shared/documents/notice-letter';
import { drillReport, emergencyPlanDocument, managementPolicyDocument, selfInspectionReport } from '@shared/documents/routine-documents';
import { newDraft } from '@shared/ledgers/document-versions';
import { defaultEmergencyPlanText } from '@shared/ledgers/definitions/emergency-plan.ledger';
import { defaultPolicyText } from '@shared/ledgers/definitions/management-policy.ledger';
import { inspectionItems, type SelfInspectionPayload } from '@shared/ledgers/definitions/self-inspection.ledger';
import { a4 } from '@shared/pdf/layout-model';

const measure = (text: string, size: number) => [...text].reduce((width, char) => width + (/[\u0020-\u007e]/.test(char) ? 0.55 : 1), 0) * size;
const at = (text: string) => Date.parse(`${text}+08:00`);
const merchant: MerchantDetails = { operatorName: '城南张记小吃店', unifiedSocialCreditCode: '92310000MA1K3XYZ9Q', legalRepresentative: '张测试', contactPerson: '张测试', contactPhone: '13800000000' };
const names = new Map([
  ['p1', '王一'],
  ['p2', '李二'],
]);
const nameOf = (id: string) => names.get(id) ?? '（已删除）';

function textOf(document: ComplianceDocument): string {
  return layoutComplianceDocument(document, merchant, at('2026-11-28T10:00:00'), measure)
    .pages.flatMap((page) => page.elements.flatMap((element) => (element.kind === 'text' ? [element.text] : [])))
    .join('');
}

describe('the documents the routine ledgers generate', () => {
  it('name the merchant and the 统一社会信用代码 of the signed letter, and the clause they answer', () => {
    const text = defaultEmergencyPlanText();
    const plan = emergencyPlanDocument(
      { ...newDraft(2, 0), grading: text.grading, process: text.process, leaderId: 'p1', reporterId: 'p2', memberIds: ['p1', 'p2'], providerContact: '客服 95000', cyberspaceAuthority: '测试市网信办', telecomAuthority: '测试省通信管理局', note: '' },
      at('2026-11-20T10:00:00'),
      nameOf,
    );
    const written = textOf(plan);
    for (const expected of ['短信接口信息安全应急预案', '第 2 版', merchant.operatorName, merchant.unifiedSocialCreditCode, '条款 一(四)1', '特别重大', '应急负责人', '王一', '李二', '测试市网信办', '2026年11月20日']) {
      expect(written).toContain(expected);
    }
  });

  it('write the policy with its departments, the rules with the catalogue\'s deadlines, assessment and penalties', () => {
    const text = defaultPolicyText();
    const written = textOf(
      managementPolicyDocument({ ...newDraft(1, 0), ...text, responsibleId: 'p1', note: '首次发布', legacy: false }, at('2026-11-20T10:00:00'), nameOf),
    );
    for (const expected of ['短信接口信息安全管理制度', '技术部', '运营部', '客服部', '15 个工作日', '7 个工作日', '2 年', '警告', '条款 一(五)1', '首次发布', merchant.operatorName]) expect(written).toContain(expected);
  });

  it('report a self-inspection with its checklist, each hazard with its deadline and fix, and say when it was late', () => {
    const inspection: SelfInspectionPayload = {
      quarter: '2026-Q3',
      inspectedAt: at('2026-10-05T10:00:00'),
      inspectorIds: ['p1'],
      checks: { ...(Object.fromEntries(inspectionItems.map((item) => [item, 'ok'])) as SelfInspectionPayload['checks']), rotation: 'hazard' },
      findings: '',
      legacy: false,
    };
    const hazard = { inspectionId: 'i', area: 'credentials' as const, foundAt: at('2026-09-29T10:00:00'), description: '凭证超过 90 天未更换', responsibleId: 'p2', fix: { at: at('2026-10-09T10:00:00'), note: '已更换' } };
    const written = textOf(selfInspectionReport(inspection, [{ hazard, dueDate: '2026-10-14' }], nameOf, { area: (area) => `方面${area}`, item: (item) => `项目${item}`, hazardArea: () => '接口凭证保管' }));
    for (const expected of ['内部安全自查报告', '2026 年第 3 季度', '项目rotation：发现隐患', '凭证超过 90 天未更换', '李二', '2026年10月14日', '已于 2026年10月9日', '属补做的自查', '条款 一(五)3', merchant.unifiedSocialCreditCode]) {
      expect(written).toContain(expected);
    }
  });

  it('report a drill with the plan version it followed', () => {
    const written = textOf(drillReport({ heldAt: at('2026-11-20T14:00:00'), planId: 'x', scenario: '模拟密钥泄露', participantIds: ['p1', 'p2'], process: '按预案处置', summary: '一小时内完成通知', legacy: false }, '应急预案第 2 版（2026-11-20 发布）', nameOf));
    for (const expected of ['应急演练总结报告', '应急预案第 2 版', '王一、李二', '一小时内完成通知', '条款 一(四)1']) expect(written).toContain(expected);
  });

  it('number the pages and keep every line inside the page', () => {
    const long: ComplianceDocument = { title: '测试', facts: [], sections: Array.from({ length: 12 }, (_, index) => ({ heading: `第${index}节`, paragraphs: ['长'.repeat(400)] })), clause: '一(五)1' };
    const model = layoutComplianceDocument(long, merchant, 0, measure);
    expect(model.pages.length).toBeGreaterThan(2);
    model.pages.forEach((page, index) => {
      expect(page.elements.some((element) => element.kind === 'text' && element.text === `第 ${index + 1} 页 共 ${model.pages.length} 页`)).toBe(true);
      for (const element of page.elements) if (element.kind === 'text') expect(element.y).toBeLessThan(a4.height);
    });
  });
});
