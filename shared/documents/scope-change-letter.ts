import type { ScopeChangePayload } from '../ledgers/definitions/scope-change.ledger';
import { agreedScenarioNames } from '../ledgers/scenarios';
import { letterTime, type NoticeLetter } from './notice-letter';

const provider = '短信接口服务提供方';

/**
 * 一(三)3: the written application for a new scenario, submitted before it
 * is used. The merchant's name, 统一社会信用代码 and contacts are added by
 * the layout from the signed letter.
 */
export function scopeChangeApplication(change: ScopeChangePayload, natureWords: string): NoticeLetter {
  const agreed = agreedScenarioNames().join('、');
  const promise =
    change.nature === 'marketing'
      ? '该场景属于营销推广类短信。我方承诺只向事先明确同意接收此类短信的用户发送，每条短信写明退订方式，并继续执行发送前的违规内容筛查和双人审核。'
      : '该场景属于通知类短信。我方承诺不在其中夹带商业广告、推销信息，并继续执行发送前的违规内容筛查和双人审核。';
  return {
    title: '关于变更短信接口使用场景的申请',
    to: [provider],
    paragraphs: [
      `按照《短信接口信息安全保障责任书》的约定，我方使用短信接口的场景为${agreed}。现因业务需要，拟新增使用场景“${change.scenarioName}”，依约提前向贵方提交书面申请。`,
      `申请理由：${change.reason}`,
      `发送对象、范围和频次：${change.scope}`,
      promise,
      '在收到贵方书面同意之前，我方不会将短信接口用于上述新场景。请贵方审核并书面答复。',
    ],
    facts: [
      { label: '拟新增场景', value: change.scenarioName },
      { label: '短信性质', value: natureWords },
      { label: '申请填写时间', value: letterTime(change.createdAt) },
    ],
    clause: '一(三)3',
  };
}
