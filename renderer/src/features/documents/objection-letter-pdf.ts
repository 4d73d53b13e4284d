import { clauseDisplayName } from '@shared/i18n/clause-label';
import { findClauseLabel } from '@shared/letter/clause-labels';
import { layoutObjectionLetter } from '@shared/signing/objection-letter-layout';
import { t } from '@renderer/i18n/t';
import { currentLetterTemplate } from '@renderer/signing/letter-template-source';
import { chinaDateParts } from '@renderer/signing/letter-labels';
import { loadPdfFactory } from '@renderer/signing/load-letter-pdf';
import { objectionsInLetter, type ObjectionLetter } from './objection-letters';

/**
 * The objection letter as a PDF, dated the day its last objection was raised;
 * clauses named as a reader names them (一(二)1 第 1 项), each with its text.
 */
export async function makeObjectionLetterPdf(letter: ObjectionLetter): Promise<Uint8Array<ArrayBuffer>> {
  const pdf = await loadPdfFactory();
  const template = currentLetterTemplate;
  return pdf(
    (measure) =>
      layoutObjectionLetter(
        {
          letterTitle: template.title,
          ...letter.operator,
          objections: objectionsInLetter(letter).map((objection) => ({
            clauseLabel: findClauseLabel(template, objection.fields.clauseId) ?? clauseDisplayName(objection.fields.clauseId),
            clauseText: objection.fields.clauseText,
            text: objection.fields.text,
          })),
          date: chinaDateParts(letter.lastRaisedAt),
        },
        measure,
      ),
    new Map(),
    {
      title: t('objectionLetters.pdfTitle'),
      subject: template.title,
      keywords: t('objectionLetters.pdfKeywords'),
      author: letter.operator.operatorName,
      creator: t('app.name'),
    },
  );
}
