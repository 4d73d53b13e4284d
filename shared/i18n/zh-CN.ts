import type { LedgerKind } from '../ledgers/ledger-kinds';
import { calendarMessagesZhCN } from './messages/calendar.zh-CN';
import { markMessagesZhCN } from './messages/marks.zh-CN';
import { documentMessagesZhCN } from './messages/documents.zh-CN';
import { dashboardMessagesZhCN } from './messages/obligations.zh-CN';
import { personalInformationMessagesZhCN } from './messages/personal-information.zh-CN';
import { personalInformationWorkMessagesZhCN } from './messages/personal-information-work.zh-CN';
import { securityMessagesZhCN } from './messages/security.zh-CN';
import { presentationMessagesZhCN } from './messages/presentation.zh-CN';
import { agentMessagesZhCN } from './messages/agent.zh-CN';
import { providerOriginalMessagesZhCN } from './messages/provider-original.zh-CN';
import { shellMessagesZhCN } from './messages/shell.zh-CN';
import { signingMessagesZhCN } from './messages/signing.zh-CN';
import { workspaceMessagesZhCN } from './messages/workspace.zh-CN';
import { ledgerWorkflowMessagesZhCN } from './messages/ledger-workflows.zh-CN';
import { ledgersUiMessagesZhCN } from './messages/ledgers-ui.zh-CN';
import { apiCredentialMessagesZhCN } from './messages/ledgers/api-credential.zh-CN';
import { emergencyDrillMessagesZhCN } from './messages/ledgers/emergency-drill.zh-CN';
import { forceMajeureMessagesZhCN } from './messages/ledgers/force-majeure.zh-CN';
import { managementPolicyMessagesZhCN } from './messages/ledgers/management-policy.zh-CN';
import { personalInformationLedgerMessagesZhCN } from './messages/ledgers/personal-information.zh-CN';
import { securityIncidentMessagesZhCN } from './messages/ledgers/security-incident.zh-CN';
import { selfInspectionMessagesZhCN } from './messages/ledgers/self-inspection.zh-CN';
import { staffMessagesZhCN } from './messages/ledgers/staff.zh-CN';
import { trainingMessagesZhCN } from './messages/ledgers/training.zh-CN';
import { retentionMessagesZhCN } from './messages/retention.zh-CN';
import { contentReviewMessagesZhCN } from './messages/ledgers/content-review.zh-CN';
import { scopeChangeMessagesZhCN } from './messages/ledgers/scope-change.zh-CN';
import { screeningMessagesZhCN } from './messages/screening.zh-CN';

/**
 * The source catalogue of the UI. Components use these keys, never literals;
 * `{name}` placeholders are filled by `formatMessage`.
 */
export const messagesZhCN = {
  ...workspaceMessagesZhCN,
  ...securityMessagesZhCN,
  ...personalInformationMessagesZhCN,
  ...signingMessagesZhCN,
  ...markMessagesZhCN,
  ...dashboardMessagesZhCN,
  ...calendarMessagesZhCN,
  ...ledgersUiMessagesZhCN,
  ...ledgerWorkflowMessagesZhCN,
  ...staffMessagesZhCN,
  ...personalInformationLedgerMessagesZhCN,
  ...personalInformationWorkMessagesZhCN,
  ...apiCredentialMessagesZhCN,
  ...securityIncidentMessagesZhCN,
  ...trainingMessagesZhCN,
  ...emergencyDrillMessagesZhCN,
  ...selfInspectionMessagesZhCN,
  ...managementPolicyMessagesZhCN,
  ...retentionMessagesZhCN,
  ...forceMajeureMessagesZhCN,
  ...contentReviewMessagesZhCN,
  ...scopeChangeMessagesZhCN,
  ...screeningMessagesZhCN,
  ...shellMessagesZhCN,
  ...presentationMessagesZhCN,
  ...agentMessagesZhCN,
  ...providerOriginalMessagesZhCN,
  ...documentMessagesZhCN,
  'app.name': '短信合规助手',
  'app.tagline': '签署《短信接口信息安全保障责任书》，并按期履行其中的每一项义务。',
  'app.skipToContent': '跳到正文',

  'nav.label': '主导航',
  'nav.home': '首页',
  'nav.sign': '签署',
  'nav.ledgers': '台账',
  'nav.documents': '文档',
  'nav.settings': '设置',

  'runtime.electron': '桌面版',
  'runtime.browser': '浏览器模式',
  'runtime.browserNotice':
    '当前在浏览器中运行：数据只保存在这个浏览器里；系统通知只在页面打开时提醒，托盘和开机提醒需要桌面版。',

  'home.title': '合规概览',
  'home.intro':
    '签署责任书之后，这里会逐项列出您要履行的义务：哪些已完成，哪些快到期，哪些已逾期，以及下一步该做什么。',
  'home.firstStep.title': '第一步：签署责任书',
  'home.firstStep.body':
    '使用短信接口之前，经营者要先签署《短信接口信息安全保障责任书》。签署只需几分钟，全程不联网。',
  'home.firstStep.action': '去签署',
  'home.duties.title': '签署后要按期做到的事',
  'home.duties.intro': '以下期限来自责任书原文，签署后应用会按这些期限自动提醒：',
  'home.duty.deletion': '不再需要的用户信息，15 个工作日内彻底删除',
  'home.duty.review': '每条短信发送前由两名工作人员分别审核；超过 100 条的批量发送，审核记录至少保存 1 年',
  'home.duty.rotation': '接口凭证（API 密钥、密码等）最长 90 天更换一次',
  'home.duty.leak': '发现凭证可能泄露：1 小时内通知服务提供方并申请冻结，24 小时内重置',
  'home.duty.incident': '发生安全事件：30 分钟内控制，1 小时内书面报告，24 小时内形成初步调查报告',
  'home.duty.training': '每年至少 1 次全员信息安全培训、1 次应急演练',
  'home.duty.inspection': '每季度自查 1 次，发现的隐患 7 个工作日内整改完毕',

  'sign.title': '签署责任书',
  'sign.intro': '签署分五步，每一步都会自动保存，中途离开也可以回来接着做。',
  'sign.step.operator.title': '填写经营者信息',
  'sign.step.operator.body': '企业或个体工商户名称、统一社会信用代码、法定代表人、签署人和联系电话。',
  'sign.step.read.title': '阅读责任书',
  'sign.step.read.body': '完整阅读全文后才能签署；有不同意见可以先提出异议。',
  'sign.step.seal.title': '盖章或按手印',
  'sign.step.seal.body': '企业导入公章图片；没有公章的个体工商户勾选说明框，由法人按红色手印代替公章。',
  'sign.step.signature.title': '签字',
  'sign.step.signature.body': '用鼠标、触摸屏或手写屏签名；签名笔迹会作为存证保存。',
  'sign.step.confirm.title': '确认并生成文件',
  'sign.step.confirm.body': '核对预览，生成带数字签名的 PDF，一式两份。',
  'sign.prepare.title': '开始之前，请准备好',
  'sign.prepare.license': '营业执照（用于填写名称和 18 位统一社会信用代码）',
  'sign.prepare.representative': '法定代表人姓名；由他人代签时，还需要授权委托书的照片或扫描件',
  'sign.prepare.seal': '企业：公章的照片或扫描件（白纸上盖一枚清晰的红章即可）',
  'sign.prepare.thumbprint': '个体工商户没有公章：红色印泥和一张白纸，或直接用电脑摄像头拍摄手印',
  'sign.prepare.pen': '如有手写屏或触摸屏，签名会更接近手写效果',

  'ledgers.title': '台账',
  'ledgers.intro': '每类义务一本台账。每条记录都可以附上照片、扫描件或 PDF 作为证据，并能导出为 Excel 或 PDF。',
  'ledgers.firstStep': '签署责任书后，先在「人员名册」登记负责短信业务的员工，再在「接口凭证台账」登记您现有的 API 密钥并指定保管人，然后在「个人信息台账」登记手机号的来源和用途。',
  'ledgers.clause': '条款 {clause}',

  'documents.title': '文档',
  'documents.intro':
    '这里保存这个工作区的文档：签署完成的责任书（经营者留存联和服务提供方留存联，带数字签名的 PDF）、纸质签署的扫描件、台账生成的文档（应急预案、管理制度、自查报告和各类函件），以及签署前提出异议时生成的异议函。都可以查看、打印和另存。',
  'documents.firstStep': '还没有文档。签署责任书后，带数字签名的 PDF 会出现在这里。',
  'documents.verify.title': '核对文件指纹',
  'documents.verify.action': '选择文件…',
  'documents.verify.working': '正在计算…',
  'documents.verify.cancelled': '没有选择文件。',

  'settings.title': '设置',
  'settings.intro': '安全与备份、自动锁定时间、节假日日历和提醒方式都在这里设置。',
  'settings.about.title': '关于本应用',
  'settings.about.version': '版本',
  'settings.about.runtime': '运行方式',
  'settings.about.platform': '操作系统',
  'settings.about.engine': '浏览器内核',
  'settings.about.loading': '正在读取…',
  'settings.about.export': '导出运行信息…',
  'settings.about.exportHint': '联系技术支持时可以附上这个文件；其中不含任何个人信息。',
  'settings.about.exported': '已保存：{location}',
  'settings.about.exportCancelled': '已取消保存。',
  'settings.section.reminders': '提醒与日历',
  'settings.firstStep': '这个工作区的所有数据都用您的密码加密后保存在本机。请先做一次备份，存到 U 盘或另一台电脑上。',

  'platform.windows': 'Windows',
  'platform.macos': 'macOS',
  'platform.linux': 'Linux',
  'platform.other': '其他',

  'error.title': '出错了',
  'error.backHome': '返回首页',
  'error.reload': '重新加载',
  'notFound.title': '页面不存在',

  'menu.file': '文件',
  'menu.edit': '编辑',
  'menu.view': '视图',
  'menu.window': '窗口',
  'menu.help': '帮助',
  'menu.quit': '退出短信合规助手',
  'menu.undo': '撤销',
  'menu.redo': '重做',
  'menu.cut': '剪切',
  'menu.copy': '复制',
  'menu.paste': '粘贴',
  'menu.selectAll': '全选',
  'menu.resetZoom': '实际大小',
  'menu.zoomIn': '放大',
  'menu.zoomOut': '缩小',
  'menu.fullscreen': '切换全屏',
  'menu.minimize': '最小化',
  'menu.close': '关闭窗口',
  'menu.about': '关于短信合规助手',
  'menu.hide': '隐藏短信合规助手',
  'menu.hideOthers': '隐藏其他',
  'menu.showAll': '全部显示',
  'tray.tooltip': '短信合规助手：关闭窗口后仍在后台提醒到期事项',
  'tray.open': '打开短信合规助手',
  'tray.quit': '退出（不再提醒）',
} as const;

export type MessageKey = keyof typeof messagesZhCN;

/** Fills `{name}` placeholders of a catalogue entry. */
export function formatMessage(key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return messagesZhCN[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Name and what each ledger holds, for every ledger kind. */
export const ledgerTextZhCN = {
  'personal-information': {
    title: '个人信息台账',
    holds: '每个手机号或每批导入的收集时间、用途（约定场景）、来源、同意凭证和使用情况；到期删除的记录。',
  },
  'content-review': {
    title: '短信内容审核台账',
    holds: '每批短信的内容、场景、发送数量、违规词筛查结果、两名审核人的意见和时间、是否已发送。',
  },
  'api-credential': {
    title: '接口凭证台账',
    holds: '每个 API 密钥、账号密码、IP 白名单的保管人、权限范围、更换记录和下次更换日期（只存指纹，不存密钥本身）。',
  },
  'security-incident': {
    title: '安全事件台账',
    holds: '事件类型、等级、发现时间，30 分钟、1 小时、24 小时、48 小时各项期限，以及给服务提供方、监管部门和用户的通知。',
  },
  'emergency-drill': {
    title: '应急预案与演练',
    holds: '应急预案（分级标准、响应流程、责任人）和每年至少一次演练的方案、过程、总结报告。',
  },
  training: {
    title: '培训记录',
    holds: '每年至少一次全员信息安全培训的日期、参加人员和四项培训内容。',
  },
  'self-inspection': {
    title: '季度自查与整改',
    holds: '每季度的自查报告、发现的隐患和 7 个工作日内的整改记录。',
  },
  'scope-change': {
    title: '场景变更申请',
    holds: '变更短信使用场景或范围前提交的书面申请，以及服务提供方的同意记录。',
  },
  'force-majeure': {
    title: '不可抗力',
    holds: '不可抗力发生后 24 小时内的通知、证明材料，以及结束后 7 个工作日内的整改。',
  },
  staff: {
    title: '人员名册',
    holds: '员工的姓名、部门、岗位和入职、离职日期。凭证保管人、审核人、培训和演练的参加人员都从这里选择；离职人员保留在名册中备查。',
  },
  'management-policy': {
    title: '管理制度',
    holds: '根据表单生成的《短信接口信息安全管理制度》，写明各部门的安全职责。',
  },
} as const satisfies Record<LedgerKind, { title: string; holds: string }>;
