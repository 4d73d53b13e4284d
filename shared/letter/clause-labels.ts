import type { LetterTemplate } from './letter-template';

// How a reader names a place in the letter, instead of its id: 一、 is 第一条,
// (二) its second section, 1. the first clause (项) of a section and an item
// under a clause its 小项: 一(二)1-1 reads 第一条（二）第 1 项第 1 小项.

const number = (label: string) => label.replace(/\.$/, '');
const sectionNumber = (sectionId: string, chapterId: string) => /\((.+)\)/.exec(sectionId.slice(chapterId.length))?.[1] ?? null;

const built = new WeakMap<LetterTemplate, ReadonlyMap<string, string>>();

/** Every block id of the template that a reader may be pointed to, with its plain Chinese name. */
export function clauseLabels(template: LetterTemplate): ReadonlyMap<string, string> {
  const known = built.get(template);
  if (known !== undefined) return known;
  const labels = new Map<string, string>([
    ['title', `《${template.title}》`],
    ['preamble', '序言'],
  ]);
  for (const chapter of template.chapters) {
    const chapterLabel = `第${chapter.id}条`;
    labels.set(chapter.id, chapterLabel);
    for (const section of chapter.sections) {
      const numbered = sectionNumber(section.id, chapter.id);
      const sectionLabel = numbered === null ? chapterLabel : `${chapterLabel}（${numbered}）`;
      labels.set(section.id, sectionLabel);
      for (const clause of section.clauses) {
        const clauseLabel = clause.label === '' ? sectionLabel : `${sectionLabel}第 ${number(clause.label)} 项`;
        labels.set(clause.id, clauseLabel);
        for (const item of clause.items ?? []) labels.set(item.id, `${clauseLabel}第 ${number(item.label)} 小项`);
      }
    }
  }
  labels.set(template.specialCase.id, template.specialCase.heading);
  labels.set(template.specialCase.soleProprietorBox.id, `${template.specialCase.heading}（个体工商户勾选框）`);
  built.set(template, labels);
  return labels;
}

/** The plain Chinese name of a place in the letter (e.g. 第一条（二）第 1 项, 序言), or null for an id the template lacks. */
export function findClauseLabel(template: LetterTemplate, id: string): string | null {
  return clauseLabels(template).get(id) ?? null;
}
