import { hoursAllowed, workingDaysAllowed } from '../obligations/obligation-catalogue';
import type { ApiCredentialPayload } from '../ledgers/definitions/api-credential.ledger';
import type { CredentialLeakPayload } from '../ledgers/definitions/credential-leak.ledger';
import type { ForceMajeurePayload } from '../ledgers/definitions/force-majeure.ledger';
import type { SecurityIncidentPayload } from '../ledgers/definitions/security-incident.ledger';
import { letterTime, type NoticeLetter } from './notice-letter';

// The letters the ledgers fill in. Deadlines in their text come from the
// obligations catalogue, the facts from the record; the merchant's name, code
// and contacts are added by the layout from the signed letter.

const provider = '短信接口服务提供方';

/** The words the letters use for a record's kinds and grades. */
export type LetterVocabulary = Readonly<{ incidentType: string; incidentGrade: string; credentialType?: string; forceMajeureKind?: string }>;

function incidentFacts(incident: SecurityIncidentPayload, words: LetterVocabulary) {
  return [
    { label: '事件类型', value: words.incidentType },
    { label: '事件等级', value: words.incidentGrade },
    { label: '发现时间', value: letterTime(incident.discoveredAt) },
  ];
}

function containment(incident: SecurityIncidentPayload): string {
  return incident.contain === null
    ? '我方正在采取控制措施（暂停接口使用、隔离受影响系统、阻断非法访问等），完成后另行补充说明。'
    : `我方已于${letterTime(incident.contain.at)}采取控制措施：${incident.contain.note}`;
}

function followUp(): string {
  return `我方将在事件发现后${hoursAllowed('incident-report')}小时内形成初步调查报告，此后每${workingDaysAllowed('incident-progress')}个工作日报告一次处置进展，直至事件完全解决；对受影响的用户，将在${hoursAllowed('incident-users')}小时内告知事件情况及补救措施。`;
}

/** 一(四)2: the written notice to the provider, within the hour. */
export function incidentProviderNotice(incident: SecurityIncidentPayload, words: LetterVocabulary): NoticeLetter {
  return {
    title: '关于发生信息安全事件的书面报告',
    to: [provider],
    paragraphs: [
      `我方于${letterTime(incident.discoveredAt)}发现一起信息安全事件，现依约在${hoursAllowed('incident-notify')}小时内书面报告如下。`,
      `事件概况：${incident.summary}`,
      containment(incident),
      followUp(),
    ],
    facts: incidentFacts(incident, words),
    clause: '一(四)2',
  };
}

/** 一(四)2: the written notice to the regulators of the merchant's locality, within the hour. */
export function incidentRegulatorNotice(incident: SecurityIncidentPayload, words: LetterVocabulary): NoticeLetter {
  return {
    title: '关于发生信息安全事件的报告',
    to: [incident.cyberspaceAuthority, incident.telecomAuthority],
    paragraphs: [
      `我单位使用短信接口发送短信。${letterTime(incident.discoveredAt)}，我单位发现一起信息安全事件，现在${hoursAllowed('incident-notify')}小时内报告如下。`,
      `事件概况：${incident.summary}`,
      containment(incident),
      `我单位已同时书面通知${provider}。${followUp()}`,
    ],
    facts: incidentFacts(incident, words),
    clause: '一(四)2',
  };
}

/** 一(四)2: the initial investigation report, within 24 hours. */
export function incidentInitialReport(incident: SecurityIncidentPayload, words: LetterVocabulary): NoticeLetter {
  return {
    title: '信息安全事件初步调查报告',
    to: [provider, incident.cyberspaceAuthority, incident.telecomAuthority],
    paragraphs: [
      `${letterTime(incident.discoveredAt)}发现的信息安全事件，经初步调查，情况报告如下。`,
      `事件概况：${incident.summary}`,
      containment(incident),
      `初步调查结果：${incident.report?.note ?? '（调查结果待填写）'}`,
      `此后我方每${workingDaysAllowed('incident-progress')}个工作日报告一次处置进展，直至事件完全解决。`,
    ],
    facts: incidentFacts(incident, words),
    clause: '一(四)2',
  };
}

/** 一(四)2: one progress update (the `index`-th, from 1). */
export function incidentProgressReport(incident: SecurityIncidentPayload, index: number, words: LetterVocabulary): NoticeLetter {
  const update = incident.progress[index - 1];
  return {
    title: `信息安全事件处置进展报告（第${index}次）`,
    to: [provider, incident.cyberspaceAuthority, incident.telecomAuthority],
    paragraphs: [
      `关于${letterTime(incident.discoveredAt)}发现的信息安全事件，截至${update === undefined ? '' : letterTime(update.at)}的处置进展如下。`,
      update?.text ?? '',
      incident.closedAt === null ? `事件尚未完全解决，我方将在${workingDaysAllowed('incident-progress')}个工作日内再次报告。` : `事件已于${letterTime(incident.closedAt)}处置完毕。`,
    ],
    facts: incidentFacts(incident, words),
    clause: '一(四)2',
  };
}

/** 一(四)2: what affected users are told, within 48 hours. */
export function incidentUserNotice(incident: SecurityIncidentPayload, contactPhone: string): NoticeLetter {
  return {
    title: '致受影响用户的告知书',
    to: ['尊敬的用户'],
    paragraphs: [
      `我们于${letterTime(incident.discoveredAt)}发现一起信息安全事件，可能影响到您的信息。事件情况：${incident.summary}`,
      containment(incident),
      '请留意来历不明的短信和电话，不要向任何人透露验证码；如发现异常，请及时修改相关账户密码。',
      `如有疑问，请拨打 ${contactPhone} 与我们联系。给您带来的不便，我们深表歉意。`,
    ],
    clause: '一(四)2',
  };
}

/** 一(三)2: asking the provider to freeze the interface, within the hour. */
export function leakFreezeRequest(leak: CredentialLeakPayload, credential: ApiCredentialPayload, words: LetterVocabulary): NoticeLetter {
  return {
    title: '关于申请冻结短信接口使用权限的函',
    to: [provider],
    paragraphs: [
      `我方于${letterTime(leak.discoveredAt)}发现接口凭证“${credential.name}”疑似泄露，现依约在${hoursAllowed('credential-leak-freeze')}小时内通知贵方，并申请立即冻结该凭证对应的接口使用权限。`,
      `情况说明：${leak.description}`,
      `我方将在${hoursAllowed('credential-leak-reset')}小时内完成凭证重置并更新内部授权记录，同时排查泄露原因，形成书面报告后提交贵方。`,
    ],
    facts: [
      { label: '凭证名称', value: credential.name },
      { label: '凭证类型', value: words.credentialType ?? '' },
      { label: '权限范围', value: credential.scope },
    ],
    clause: '一(三)2',
  };
}

/** 一(三)2: the written report on a suspected leak. */
export function leakInvestigationReport(leak: CredentialLeakPayload, credential: ApiCredentialPayload, words: LetterVocabulary): NoticeLetter {
  return {
    title: '接口凭证疑似泄露调查报告',
    to: [provider],
    paragraphs: [
      `${letterTime(leak.discoveredAt)}，我方发现接口凭证“${credential.name}”疑似泄露。经排查，情况报告如下。`,
      `情况说明：${leak.description}`,
      `原因分析：${leak.report?.cause ?? ''}`,
      `整改措施：${leak.report?.measures ?? ''}`,
    ],
    facts: [
      { label: '凭证名称', value: credential.name },
      { label: '凭证类型', value: words.credentialType ?? '' },
      { label: '发现时间', value: letterTime(leak.discoveredAt) },
      { label: '通知并申请冻结', value: leak.freeze === null ? '尚未记录' : letterTime(leak.freeze.at) },
      { label: '重置凭证并更新授权记录', value: leak.reset === null ? '尚未记录' : letterTime(leak.reset.at) },
    ],
    clause: '一(三)2',
  };
}

/** 二(二)2: notice of force majeure with proof, within 24 hours. */
export function forceMajeureNotice(event: ForceMajeurePayload, words: LetterVocabulary): NoticeLetter {
  return {
    title: '关于发生不可抗力事件的通知',
    to: [provider, '相关监管部门'],
    paragraphs: [
      `${letterTime(event.occurredAt)}，发生不可抗力事件，影响我方履行《短信接口信息安全保障责任书》约定的责任。现依约在${hoursAllowed('force-majeure-notify')}小时内通知如下，相关证明材料附后。`,
      `事件情况：${event.description}`,
      `对履行责任的影响：${event.impact}`,
      `不可抗力影响消除后，我方将在${workingDaysAllowed('force-majeure-remediate')}个工作日内完成整改，恢复履行责任。`,
    ],
    facts: [
      { label: '事件类别', value: words.forceMajeureKind ?? '' },
      { label: '发生时间', value: letterTime(event.occurredAt) },
    ],
    clause: '二(二)2',
  };
}
