import type { LetterTemplate } from '@shared/letter/letter-template';

/** One paragraph of a clause as the letter prints it; items are indented under their clause. */
export type ClauseParagraph = Readonly<{ text: string; isItem: boolean }>;

const printed = (label: string, text: string) => (label === '' ? text : `${label} ${text}`);

/**
 * The exact text of a clause, an item, a section or a chapter of the letter
 * (or its title, its preamble), found by its id ('一(三)2', '一(二)1-1',
 * '二(一)', 'preamble'), in reading order; null when the template has no such id.
 */
export function findClauseText(template: LetterTemplate, id: string): ClauseParagraph[] | null {
  if (id === 'title') return [{ text: template.title, isItem: false }];
  if (id === 'preamble') return [{ text: template.preamble, isItem: false }];
  for (const chapter of template.chapters) {
    const inChapter: ClauseParagraph[] = [{ text: chapter.heading, isItem: false }];
    for (const section of chapter.sections) {
      const inSection: ClauseParagraph[] = section.heading === '' ? [] : [{ text: section.heading, isItem: false }];
      for (const clause of section.clauses) {
        const items = (clause.items ?? []).map((item) => ({ text: printed(item.label, item.text), isItem: true }));
        const whole = [{ text: printed(clause.label, clause.text), isItem: false }, ...items];
        if (clause.id === id) return whole;
        const item = clause.items?.find((candidate) => candidate.id === id);
        if (item !== undefined) return [{ text: printed(clause.label, clause.text), isItem: false }, { text: printed(item.label, item.text), isItem: true }];
        inSection.push(...whole);
      }
      if (section.id === id) return inSection;
      inChapter.push(...inSection);
    }
    if (chapter.id === id) return inChapter;
  }
  const special = template.specialCase;
  if (special.id === id || special.soleProprietorBox.id === id) return [{ text: special.heading, isItem: false }, { text: special.soleProprietorBox.text, isItem: false }];
  return null;
}
