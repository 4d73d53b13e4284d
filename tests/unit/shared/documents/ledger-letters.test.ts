import { describe, expect, it } from 'vitest';
import {
  forceMajeureNotice,
  incidentInitialReport,
  incidentProgressReport,
  incidentProviderNotice,
  incidentRegulatorNotice,
  incidentUserNotice,
  leakFreezeRequest,
  leakInvestigationReport,
  type LetterVocabulary,
} from '@shared/documents/ledger-letters';
import { layoutNoticeLetter, type MerchantDetails, type NoticeLetter } from '@shared/documents/notice-letter';
import type { ApiCredentialPayload } from '@shared/ledgers/definitions/api-credential.ledger';
import type { CredentialLeakPayload } from '@shared/ledgers/definitions/credential-leak.ledger';
import type { ForceMajeurePayload } from '@shared/ledgers/definitions/force-majeure.ledger';
import type { SecurityIncidentPayload } from '@shared/ledgers/definitions/security-incident.ledger';

// Every letter the event ledgers fill in (一(三)2, 一(四)2, 二(二)2) carries
// the merchant's name, code and contacts from the signed letter, the clause
// it answers, and the facts of its record. Synthetic data only.

const measure = (text: string, size: number) => [...text].reduce((width, char) => width + (/[\u0020-\u007e]/.test(char) ? 0.55 : 1), 0) * size;
const at = (text: string) => Date.parse(`${text}+08:00`);
const merchant: MerchantDetails = { operatorName: '城南张记小吃店', unifiedSocialCreditCode: '92310000MA1K3XYZ9Q', legalRepresentative: '张测试', contactPerson: '李联系', contactPhone: '13800000000' };
const words: LetterVocabulary = { incidentType: '数据泄露', incidentGrade: '一般', credentialType: 'API 密钥', forceMajeureKind: '自然灾害' };

const incident: SecurityIncidentPayload = {
  type: 'data-leak',
  grade: 'general',
  discoveredAt: at('2026-11-20T09:15:00'),
  summary: '测试：客户名单文件被误发到外部群',
  cyberspaceAuthority: '测试市网信办',
  telecomAuthority: '测试省通信管理局',
  contain: { at: at('2026-11-20T09:40:00'), note: '撤回文件，暂停接口' },
  notify: null,
  report: null,
  users: null,
  progress: [{ at: at('2026-11-23T10:00:00'), text: '测试：已联系群成员删除文件' }],
  closedAt: null,
  closingSummary: '',
};
const credential: ApiCredentialPayload = { name: '短信平台主密钥', type: 'api-key', custodianId: 'p1', scope: '营销以外的全部短信', issuedAt: at('2026-09-01T10:00:00'), fingerprint: null, rotations: [], retiredAt: null, note: '' };
const leak: CredentialLeakPayload = {
  credentialId: 'c1',
  discoveredAt: at('2026-11-21T14:05:00'),
  description: '测试：密钥出现在公开代码仓库',
  freeze: null,
  reset: null,
  report: { at: at('2026-11-22T10:00:00'), cause: '测试：开发人员误提交配置文件', measures: '测试：密钥已更换，配置改为本机保存' },
  closedAt: null,
};
const event: ForceMajeurePayload = { kind: 'natural-disaster', occurredAt: at('2026-11-18T06:00:00'), description: '测试：台风导致机房断电', impact: '测试：短信发送中断 6 小时', notice: null, endedAt: null, remediation: null };

function textOf(letter: NoticeLetter): string {
  return layoutNoticeLetter(letter, merchant, at('2026-11-28T10:00:00'), measure)
    .pages.flatMap((page) => page.elements.flatMap((element) => (element.kind === 'text' ? [element.text] : [])))
    .join('');
}

const letters: ReadonlyArray<readonly [string, NoticeLetter, readonly string[]]> = [
  ['the written notice to the provider', incidentProviderNotice(incident, words), ['一(四)2', '客户名单文件', '数据泄露']],
  ['the notice to the regulators', incidentRegulatorNotice(incident, words), ['一(四)2', '测试市网信办', '测试省通信管理局']],
  ['the initial investigation report', incidentInitialReport(incident, words), ['一(四)2', '客户名单文件']],
  ['a progress update', incidentProgressReport(incident, 1, words), ['一(四)2', '第1次', '已联系群成员删除文件']],
  ['the notice to affected users', incidentUserNotice(incident, merchant.contactPhone), ['一(四)2', merchant.contactPhone]],
  ['the freeze request after a suspected leak', leakFreezeRequest(leak, credential, words), ['一(三)2', '短信平台主密钥', '公开代码仓库']],
  ['the leak investigation report', leakInvestigationReport(leak, credential, words), ['一(三)2', '误提交配置文件', '配置改为本机保存']],
  ['the force-majeure notice', forceMajeureNotice(event, words), ['二(二)2', '台风导致机房断电', '自然灾害']],
];

describe('the letters of the event ledgers', () => {
  for (const [name, letter, facts] of letters) {
    it(`${name} names the merchant, its code and contacts, its clause and its record's facts`, () => {
      const text = textOf(letter);
      for (const expected of [merchant.operatorName, merchant.unifiedSocialCreditCode, merchant.legalRepresentative, merchant.contactPerson, merchant.contactPhone, `条款 ${letter.clause}`, ...facts]) {
        expect(text, `${name}: ${expected}`).toContain(expected);
      }
    });
  }
});
