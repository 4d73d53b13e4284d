import { stableStringify } from '../encoding/stable-json';
import type { EvidenceRow } from '../letter/letter-layout';
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

/**
 * Everything the signed document stands for. Its canonical JSON is hashed
 * into the document digest that the evidence page prints and encodes as a QR
 * code; the same record is kept, sealed, beside the PDF.
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
  certificateFingerprint: string;
  app: Readonly<{ version: string; runtime: string; platform: string; device: string }>;
}>;

/** The canonical form of a signing record (sorted keys), the input of the document digest. */
export function canonicalSigningRecord(record: SigningRecord): string {
  return stableStringify(record);
}

const imageRoleText: Record<EvidenceImage['role'], string> = {
  'representative-signature': '法定代表人/授权代表签名',
  'operator-signature': '经营者签名',
  'operator-seal': '经营者公章',
  'operator-thumbprint': '经营者法人手印（代公章）',
  'representative-thumbprint': '法定代表人/授权代表手印',
};

const pointerText: Record<string, string> = { pen: '手写笔', touch: '触摸', mouse: '鼠标' };

/** The rows of the evidence page, in Chinese. */
export function evidenceRows(record: SigningRecord, digest: string): EvidenceRow[] {
  const signer = record.operator.signerRole === 'legal-representative' ? `法定代表人 ${record.operator.legalRepresentative}` : `授权代表 ${record.operator.signerName}`;
  return [
    { label: '文档摘要 (SHA-256)', value: digest },
    { label: '责任书模板', value: `${record.template.id} 第 ${record.template.version} 版` },
    { label: '模板摘要 (SHA-256)', value: record.template.sha256 },
    { label: '经营者', value: `${record.operator.operatorName}（${record.operator.operatorType === 'enterprise' ? '企业' : '个体工商户'}）` },
    { label: '统一社会信用代码', value: record.operator.unifiedSocialCreditCode },
    { label: '签署人', value: signer },
    { label: '签署时间（北京时间）', value: toChinaDateTimeString(record.signedAt) },
    { label: '个体工商户勾选框', value: record.soleProprietorBoxChecked ? '已勾选：法人手印代替公章' : '未勾选' },
    ...record.images.flatMap((image) => [
      { label: `${imageRoleText[image.role]} SHA-256`, value: image.sha256 },
      ...(image.originalSha256 ? [{ label: `${imageRoleText[image.role]}原图 SHA-256`, value: image.originalSha256 }] : []),
    ]),
    ...strokeRows(record.strokes),
    { label: '骑缝章', value: record.crossPageMark ? '是' : '否' },
    { label: '签名证书指纹 (SHA-256)', value: record.certificateFingerprint },
    { label: '应用', value: `短信合规助手 ${record.app.version}（${record.app.runtime === 'electron' ? '桌面版' : '浏览器模式'}）` },
    { label: '设备', value: `${record.app.platform}；${record.app.device}` },
  ];
}

function strokeRows(strokes: SigningRecord['strokes']): EvidenceRow[] {
  if (strokes === null) return [{ label: '笔迹数据', value: '无（法定代表人/授权代表以手印代替签字）' }];
  const { summary } = strokes;
  return [
    { label: '笔迹数据 SHA-256', value: strokes.sha256 },
    {
      label: '笔迹概况',
      value: `${summary.strokes} 笔，${summary.points} 个采样点，${summary.pointerTypes.map((type) => pointerText[type] ?? type).join('、')}${
        summary.pressure ? `，压力 ${summary.pressure[0].toFixed(2)}–${summary.pressure[1].toFixed(2)}` : ''
      }，用时 ${(summary.durationMs / 1000).toFixed(1)} 秒`,
    },
  ];
}
