import { fillDate } from '@shared/letter/letter-layout';
import type { LetterTemplate } from '@shared/letter/letter-template';
import type { OperatorInfo } from '@shared/signing/operator.schema';
import { describeSigner, representativeNote } from '@shared/signing/signing-evidence';
import { t } from '@renderer/i18n/t';
import type { DraftImages } from './use-draft-images';

type SignatureBlockPreviewProps = Readonly<{
  template: LetterTemplate;
  operator: OperatorInfo;
  images: DraftImages;
  soleProprietorBoxChecked: boolean;
  crossPageMark: boolean;
  date: Readonly<{ year: number; month: number; day: number }>;
}>;

/**
 * The signature block as the PDF will print it on each original: the
 * sole-proprietor box ticked or not, the 经营者 line with its seal or
 * thumbprint, the representative's line with the signature and thumbprint,
 * the line naming the legal representative, and the date.
 */
export function SignatureBlockPreview({ template, operator, images, soleProprietorBoxChecked, crossPageMark, date }: SignatureBlockPreviewProps) {
  const [operatorLabel, representativeLabel, dateLabel] = template.signatureBlock;
  const operatorMark = images['operator-thumbprint'] ?? images['operator-seal'];
  return (
    <section className="signature-block-preview" aria-label={t('confirm.preview.title')} data-testid="signature-block-preview">
      <h3>{t('confirm.preview.title')}</h3>
      <p className="muted">{t('confirm.preview.intro')}</p>
      <div className="paper">
        <p className="paper-heading">{template.specialCase.heading}</p>
        <p className="paper-box" data-testid="preview-box">
          <span className={soleProprietorBoxChecked ? 'paper-checkbox checked' : 'paper-checkbox'} aria-hidden="true" />
          <span>
            {template.specialCase.soleProprietorBox.text}
            <strong className="paper-state">{t(soleProprietorBoxChecked ? 'confirm.preview.boxTicked' : 'confirm.preview.boxEmpty')}</strong>
          </span>
        </p>
        <div className={operatorMark === undefined ? 'paper-line' : `paper-line paper-line-${images['operator-thumbprint'] ? 'thumbprint' : 'seal'}`}>
          <span>{operatorLabel.label}</span>
          {/* A seal or thumbprint sits over the name, as on paper and in the PDF. */}
          <span className="paper-signed">
            <span className="paper-name">{operator.operatorName}</span>
            {operatorMark !== undefined && (
              <img
                className={`paper-mark paper-mark-${images['operator-thumbprint'] ? 'thumbprint' : 'seal'}`}
                src={operatorMark}
                alt={t(images['operator-thumbprint'] ? 'confirm.preview.operatorThumbprint' : 'confirm.preview.operatorSeal')}
              />
            )}
          </span>
        </div>
        <div className={images['representative-thumbprint'] ? 'paper-line paper-line-thumbprint' : 'paper-line'}>
          <span>{representativeLabel.label}</span>
          <span className="paper-signed">
            <span className="paper-name">{describeSigner(operator)}</span>
            {images['representative-thumbprint'] && <img className="paper-mark paper-mark-thumbprint" src={images['representative-thumbprint']} alt={t('confirm.preview.representativeThumbprint')} />}
          </span>
          {images['representative-signature'] && <img className="paper-signature" src={images['representative-signature']} alt={t('confirm.signaturePreview')} />}
        </div>
        <p className="paper-note">{representativeNote(operator)}</p>
        <p>{fillDate(dateLabel.label, date)}</p>
      </div>
      {crossPageMark && <p className="muted">{t('confirm.preview.crossPage')}</p>}
    </section>
  );
}
