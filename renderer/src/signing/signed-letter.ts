import type { AppInfo } from '@shared/ipc/app-info';
import { stableStringify } from '@shared/encoding/stable-json';
import { bytesToHex } from '@shared/encoding/hex';
import { utf8 } from '@shared/encoding/bytes';
import { layoutLetter, type LetterLayout, type PlacedMark } from '@shared/letter/letter-layout';
import type { LetterTemplate } from '@shared/letter/letter-template';
import type { OperatorInfo } from '@shared/signing/operator.schema';
import { summarizeStrokes, type SignatureCapture } from '@shared/signing/signature-strokes';
import {
  canonicalSigningRecord,
  describeDeviceZhCN,
  describeSigner,
  evidencePageContent,
  representativeNote,
  type EvidenceFile,
  type EvidenceImage,
  type SigningRecord,
} from '@shared/signing/signing-evidence';
import type { PdfImage } from '@renderer/pdf/pdf-canvas';
import type { PdfFactory } from '@renderer/pdf/pdf-factory';
import { signPdf } from '@renderer/pdf/pdf-signer';
import { issueSelfSignedCertificate } from '@renderer/pdf/signing-certificate';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';
import { chinaDateParts, copyLabels, pageLabel } from './letter-labels';
import { openSigningKey } from './workspace-signing-identity';

/** A PNG and the role it plays, ready for the signature block. */
export type SigningImage = Readonly<{ role: EvidenceImage['role']; png: Uint8Array; aspect: number; originalSha256?: string }>;

/** Which pages of the PDF hold what: each original in turn, then the evidence page(s). */
export type LetterPages = Readonly<{ copies: readonly Readonly<{ label: string; first: number; last: number }>[]; evidence: Readonly<{ first: number; last: number }> }>;

export type SignedLetter = Readonly<{ pdf: Uint8Array<ArrayBuffer>; record: SigningRecord; digest: string; pdfSha256: string; pages: LetterPages }>;

export type SignedLetterInput = Readonly<{
  template: LetterTemplate;
  templateSha256: string;
  operator: OperatorInfo;
  /** Null when the representative gave a thumbprint instead of signing. */
  signature: SignatureCapture | null;
  images: readonly SigningImage[];
  /** The authorisation letter (授权委托书) when an authorised representative signs, by name and SHA-256. */
  authorisation: EvidenceFile | null;
  soleProprietorBoxChecked: boolean;
  crossPageMark: boolean;
  signedAt: number;
  app: AppInfo;
}>;

const markKind = (role: EvidenceImage['role']): PlacedMark['kind'] =>
  role.endsWith('seal') ? 'seal' : role.endsWith('thumbprint') ? 'thumbprint' : 'signature';

/**
 * What signing needs that does not depend on the letter, run when the wizard
 * opens so that pressing 确认签署 only lays out, renders and signs: the font
 * and the subsetter loaded, the workspace's signing key made or imported;
 * then, when a rehearsal is given, once per unlocked workspace, a
 * rehearsal letter made in full and thrown away (never stored, never shown), so the first real letter does
 * not pay for the JavaScript engine's first pass over the PDF and signing
 * code. Failures are left to the signing itself, which tries again and reports.
 */
export async function prepareSignedLetter(store: WorkspaceStore, pdf: PdfFactory, now: number, rehearsal?: () => Promise<SignedLetterInput>): Promise<void> {
  const [loaded, opened] = await Promise.allSettled([pdf.prepare(), openSigningKey(store, now)]);
  if (rehearsal === undefined || loaded.status === 'rejected' || opened.status === 'rejected' || rehearsed.has(store)) return;
  rehearsed.add(store);
  await rehearsal()
    .then((input) => createSignedLetter(store, pdf, input))
    .catch(() => rehearsed.delete(store));
}

const rehearsed = new WeakSet<WorkspaceStore>();

function pagesOf(layout: LetterLayout): LetterPages {
  let next = 1;
  const copies = layout.copyPageCounts.map((count, index) => {
    const range = { label: copyLabels[index] ?? '', first: next, last: next + count - 1 };
    next += count;
    return range;
  });
  return { copies, evidence: { first: next, last: next + layout.evidencePageCount - 1 } };
}

/**
 * Makes the signed letter: evidence record and its digest, the two originals
 * and the evidence page laid out and rendered, a certificate naming the
 * operator issued by the workspace's key, then the PDF signature.
 */
export async function createSignedLetter(store: WorkspaceStore, pdf: PdfFactory, input: SignedLetterInput): Promise<SignedLetter> {
  const port = store.cryptoPort;
  const hex = async (bytes: Uint8Array) => bytesToHex(await port.sha256(bytes));
  const key = await openSigningKey(store, input.signedAt);
  const certificate = await issueSelfSignedCertificate(crypto.subtle, key, input.operator, { now: new Date(input.signedAt), serial: port.randomBytes(15) });
  const images: EvidenceImage[] = await Promise.all(
    input.images.map(async (image) => ({ role: image.role, sha256: await hex(image.png), ...(image.originalSha256 ? { originalSha256: image.originalSha256 } : {}) })),
  );
  const record: SigningRecord = {
    template: { id: input.template.id, version: input.template.version, sha256: input.templateSha256 },
    operator: input.operator,
    signedAt: input.signedAt,
    soleProprietorBoxChecked: input.soleProprietorBoxChecked,
    crossPageMark: input.crossPageMark,
    images,
    strokes: input.signature === null ? null : { sha256: await hex(utf8(stableStringify(input.signature))), summary: summarizeStrokes(input.signature) },
    authorisation: input.authorisation,
    certificateFingerprint: certificate.fingerprint,
    app: { version: input.app.version, runtime: input.app.runtime, platform: input.app.platform, device: describeDeviceZhCN(input.app) },
  };
  const digest = await hex(utf8(canonicalSigningRecord(record)));

  const imageMap = new Map<string, PdfImage>(input.images.map((image) => [image.role, { data: image.png, format: 'PNG' }]));
  const marksFor = (line: 'operator' | 'representative') =>
    input.images.filter((image) => image.role.startsWith(line)).map((image) => ({ imageId: image.role, aspect: image.aspect, kind: markKind(image.role) }));
  const crossPageMark = input.crossPageMark ? (marksFor('operator').find((mark) => mark.kind !== 'signature') ?? null) : null;
  let layout: LetterLayout | null = null;
  const unsigned = await pdf(
    (measure) =>
      (layout = layoutLetter({
        crossPageMark,
        template: input.template,
        content: {
          operatorName: input.operator.operatorName,
          operatorMarks: marksFor('operator'),
          representativeName: describeSigner(input.operator),
          representativeMarks: marksFor('representative'),
          representativeNote: representativeNote(input.operator),
          date: chinaDateParts(input.signedAt),
          soleProprietorBoxChecked: input.soleProprietorBoxChecked,
        },
        copies: copyLabels,
        evidence: evidencePageContent(record, input.template.title, digest),
        pageLabel,
        measure,
      })),
    imageMap,
    {
      title: input.template.title,
      subject: `${input.operator.operatorName} 签署的${input.template.title}`,
      keywords: `短信接口,信息安全,责任书,第${input.template.version}版,文档内容摘要 ${digest}`,
      author: input.operator.operatorName,
      creator: `短信合规助手 ${input.app.version}`,
    },
  );
  // ASCII only (see SignatureDetails): the template and the digest, which 文档's check reads back.
  const signed = await signPdf(unsigned, key, certificate.der, { reason: `${input.template.id} v${input.template.version} ${digest}`, signedAt: new Date(input.signedAt) });
  return { pdf: signed, record, digest, pdfSha256: await hex(signed), pages: pagesOf(layout!) };
}
