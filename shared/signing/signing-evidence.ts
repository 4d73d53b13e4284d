import { stableStringify } from '../encoding/stable-json';
import type { AppPlatform, AppRuntime } from '../ipc/app-info';
import type { EvidencePageContent, EvidenceRow } from '../letter/letter-layout';
import { toChinaDateTimeString } from '../time/china-time';
import type { OperatorInfo } from './operator.schema';
import type { StrokeSummary } from './signature-strokes';

/** An image of the signing, by the role it plays in the signature block. */
export type EvidenceImage = Readonly<{
  role: 'representative-signature' | 'operator-signature' | 'operator-seal' | 'operator-thumbprint' | 'representative-thumbprint';
  sha256: string;
  /** Hash of the photo or scan the mark was lifted from, where there is one. */
  originalSha256?: string;
}>;

/** A file kept with the letter as evidence, by its name and SHA-256 (the authorisation letter). */
export type EvidenceFile = Readonly<{ name: string; sha256: string }>;

/**
 * Everything the signed document stands for. Its canonical JSON is hashed
 * into the document digest (文档内容摘要) that the evidence page prints and
 * the QR code carries; the same record is kept, sealed, beside the PDF.
 */
export type SigningRecord = Readonly<{
  template: Readonly<{ id: string; version: number; sha256: string }>;
  operator: OperatorInfo;
  signedAt: number;
  soleProprietorBoxChecked: boolean;
  crossPageMark: boolean;
  images: readonly EvidenceImage[];
  /** The handwritten signature's stroke data; null when the representative gave a thumbprint only. */
  strokes: Readonly<{ sha256: string; summary: StrokeSummary }> | null;
  /** 授权委托书, when an authorised representative signs (absent in letters signed before it was recorded). */
  authorisation?: EvidenceFile | null;
  /** SHA-256 of the self-signed certificate issued for this letter by the workspace's key. */
  certificateFingerprint: string;
  /** The app, and in words where it ran (e.g. Windows 电脑上的桌面版). */
  app: Readonly<{ version: string; runtime: string; platform: string; device: string }>;
}>;

/** The canonical form of a signing record (sorted keys), the input of the document digest. */
export function canonicalSigningRecord(record: SigningRecord): string {
  return stableStringify(record);
}

const platformText: Record<AppPlatform, string> = { windows: 'Windows 电脑', macos: '苹果电脑（macOS）', linux: 'Linux 电脑', other: '电脑' };

/**
 * Where the letter was signed, in words a merchant reads: the computer's
 * system and the app's form, e.g. "Windows 电脑上的桌面版" or "Linux 电脑上
 * 的浏览器模式（Chromium 内核 140）". Never the browser's user-agent string.
 */
export function describeDeviceZhCN(app: Readonly<{ runtime: AppRuntime; platform: AppPlatform; chromeVersion: string | null }>): string {
  const where = `${platformText[app.platform]}上的`;
  if (app.runtime === 'electron') return `${where}桌面版`;
  const engine = app.chromeVersion === null ? '' : `（Chromium 内核 ${app.chromeVersion.split('.')[0]}）`;
  return `${where}浏览器模式${engine}`;
}

const imageRoleText: Record<EvidenceImage['role'], string> = {
  'representative-signature': '签名图片',
  'operator-signature': '经营者签名图片',
  'operator-seal': '经营者公章图片',
  'operator-thumbprint': '法人手印图片（代公章）',
  'representative-thumbprint': '法定代表人/授权代表手印图片',
};

const pointerText: Record<string, string> = { pen: '手写笔', touch: '触摸', mouse: '鼠标' };

/** Who signs, as the signature page and the evidence page name them. */
export function describeSigner(operator: OperatorInfo): string {
  return operator.signerRole === 'legal-representative' ? `${operator.legalRepresentative}（法定代表人本人）` : `${operator.signerName}（授权代表）`;
}

/**
 * The line under the representative's signature: the legal representative
 * by name and, when an authorised representative signs, that the
 * authorisation letter stands behind the signature and is kept with it.
 */
export function representativeNote(operator: OperatorInfo): string {
  if (operator.signerRole === 'legal-representative') return `法定代表人：${operator.legalRepresentative}（本人签署）`;
  return `法定代表人：${operator.legalRepresentative}；授权代表：${operator.signerName}，凭法定代表人出具的授权委托书代为签署，授权委托书随本责任书存档（见存证页）。`;
}

/** The text of the evidence page's QR code: what a phone shows when it is scanned. */
export function verificationText(record: SigningRecord, templateTitle: string, digest: string): string {
  return [`《${templateTitle}》第 ${record.template.version} 版`, `文档内容摘要：${digest}`, `签署时间：${toChinaDateTimeString(record.signedAt)}（北京时间）`].join('\n');
}

function strokeRows(strokes: SigningRecord['strokes']): EvidenceRow[] {
  if (strokes === null) return [{ label: '签名笔迹', value: '无（以手印代替签字）' }];
  const { summary } = strokes;
  const pressure = summary.pressure ? `，压力 ${summary.pressure[0].toFixed(2)}–${summary.pressure[1].toFixed(2)}` : '';
  return [
    { label: '签名笔迹', value: `${summary.strokes} 笔，${summary.points} 个采样点，用${summary.pointerTypes.map((type) => pointerText[type] ?? '其他方式').join('、')}书写${pressure}，用时 ${(summary.durationMs / 1000).toFixed(1)} 秒` },
    { label: '笔迹数据的指纹（SHA-256）', value: strokes.sha256 },
  ];
}

/**
 * The evidence page, in Chinese, each value saying what it is: who signed
 * what and when, the fingerprints (SHA-256) of every image and file, the
 * document digest and how to check it, and what the workspace's
 * self-signed certificate does and does not prove.
 */
export function evidencePageContent(record: SigningRecord, templateTitle: string, digest: string): EvidencePageContent {
  const { operator } = record;
  const rows: EvidenceRow[] = [
    { label: '责任书', value: `《${templateTitle}》第 ${record.template.version} 版` },
    { label: '责任书全文的指纹（SHA-256）', value: record.template.sha256 },
    { label: '经营者', value: `${operator.operatorName}（${operator.operatorType === 'enterprise' ? '企业' : '个体工商户'}）` },
    { label: '统一社会信用代码', value: operator.unifiedSocialCreditCode },
    { label: '法定代表人', value: operator.legalRepresentative },
    { label: '签署人', value: describeSigner(operator) },
    ...(record.authorisation ? [{ label: '授权委托书', value: `文件「${record.authorisation.name}」，随本责任书存档在应用的「文档」里；其指纹（SHA-256）${record.authorisation.sha256}` }] : []),
    { label: '签署时间', value: `${toChinaDateTimeString(record.signedAt)}（北京时间）` },
    { label: '个体工商户勾选框', value: record.soleProprietorBoxChecked ? '已勾选：无公章，由法人手印代替公章' : '未勾选' },
    ...record.images.flatMap((image) => [
      { label: `${imageRoleText[image.role]}的指纹（SHA-256）`, value: image.sha256 },
      ...(image.originalSha256 ? [{ label: `${imageRoleText[image.role]}所取自的原始照片或扫描件的指纹`, value: image.originalSha256 }] : []),
    ]),
    ...strokeRows(record.strokes),
    { label: '骑缝', value: record.crossPageMark ? '有：印迹分段盖在每页右边缘' : '无' },
    { label: '文档内容摘要（SHA-256）', value: digest },
    { label: '数字签名证书的指纹（SHA-256）', value: record.certificateFingerprint },
    { label: '签署所用软件', value: `短信合规助手 ${record.app.version}，${record.app.device}` },
  ];
  return {
    title: '签署存证',
    lead: '本页记录这份责任书是怎样签署的，供日后核对，不属于责任书正文。“指纹”是用 SHA-256 算法对一个文件或一段数据算出的 64 位编号：内容改动哪怕一点，指纹就完全不同。',
    rows,
    qr: { value: verificationText(record, templateTitle, digest), caption: '用手机扫描二维码，可看到责任书版本、文档内容摘要和签署时间' },
    notes: [
      {
        heading: '文档内容摘要',
        text: '由本页以上各项（责任书版本、经营者信息、各图片和笔迹的指纹、签署时间等）一起算出，也写在二维码里。它不是这个 PDF 文件的指纹：文件的指纹没法印在文件自己里面（印上去，文件就变了）。应用在签署时另外记下了这个 PDF 的文件指纹，保存在「文档」里。',
      },
      {
        heading: '如何核对',
        text: '在短信合规助手的「文档」→「核对文件指纹」里选择这个 PDF：应用会说明它是不是本工作区签署的责任书、签署后有没有被改动。',
      },
      {
        heading: '数字签名',
        text: `这个 PDF 带有数字签名，PDF 阅读器可以据此检查文件签署后有没有被改动。签名所用的证书是本应用在这个工作区里为「${operator.operatorName}」自动生成的自签名证书，没有经过任何第三方认证机构核验，所以阅读器会提示“证书颁发者未知”或“身份未验证”。它能证明文件签署后没有被改动，不能证明签署人是谁；签署人以签名、印迹和授权委托书为准。`,
      },
    ],
  };
}
