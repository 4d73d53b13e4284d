import type { ComplianceDocument } from '@shared/documents/compliance-document';
import { sectionNumber } from '@shared/documents/compliance-document';

/** A generated document's text on screen, as its PDF will read (without the merchant's block). */
export function DocumentPreview({ document }: { document: ComplianceDocument }) {
  return (
    <article className="document-preview" data-testid="document-preview">
      <h3>
        {document.title}
        {document.subtitle !== undefined && ` · ${document.subtitle}`}
      </h3>
      {document.sections.map((section, index) => (
        <section key={section.heading}>
          <h4>
            {sectionNumber(index)}、{section.heading}
          </h4>
          {(section.paragraphs ?? []).flatMap((paragraph) => paragraph.split('\n')).filter((line) => line.trim() !== '').map((line, lineIndex) => (
            <p key={lineIndex}>{line}</p>
          ))}
          {section.facts !== undefined && section.facts.length > 0 && (
            <dl>
              {section.facts.map((fact, factIndex) => (
                <div key={factIndex}>
                  <dt>{fact.label}</dt>
                  <dd>{fact.value === '' ? '—' : fact.value}</dd>
                </div>
              ))}
            </dl>
          )}
        </section>
      ))}
    </article>
  );
}
