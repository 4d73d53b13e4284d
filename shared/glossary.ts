/**
 * One English name per legal term of the letter. Code uses the
 * English name; the UI shows the Chinese one. Add a term here before using it.
 */
export const glossary = {
  operator: '经营者',
  provider: '服务提供方',
  letter: '责任书',
  soleProprietor: '个体工商户',
  unifiedSocialCreditCode: '统一社会信用代码',
  legalRepresentative: '法定代表人',
  authorisedRepresentative: '授权代表',
  authorisationLetter: '授权委托书',
  seal: '公章',
  thumbprint: '手印',
  crossPageMark: '骑缝',
  ledger: '台账',
  personalInformation: '个人信息',
  twoPersonReview: '双人审核',
  contentReview: '短信内容审核',
  reviewer: '审核人',
  screening: '违规内容筛查',
  allowlist: '白名单',
  scenario: '使用场景',
  scopeChange: '场景变更',
  consent: '同意',
  apiCredential: '接口凭证',
  securityIncident: '安全事件',
  emergencyPlan: '应急预案',
  drill: '演练',
  selfInspection: '自查',
  remediation: '整改',
  forceMajeure: '不可抗力',
  workingDay: '工作日',
  makeUpWorkingDay: '调休',
  evidence: '存证',
  documentDigest: '文档内容摘要',
  fileFingerprint: '文件指纹',
  selfSignedCertificate: '自签名证书',
} as const;

export type GlossaryTerm = keyof typeof glossary;
