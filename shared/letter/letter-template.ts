import { z } from 'zod';

const textUnit = z.object({ id: z.string().min(1), label: z.string(), text: z.string().min(1) });

const clauseSchema = textUnit.extend({ items: z.array(textUnit).optional() });

/**
 * The pledge letter as data: chapters, sections, clauses and
 * items with stable ids, the exact text, the signature block, and the notes
 * that list every fix made to the seed. One file per version in assets/templates.
 */
export const letterTemplateSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  version: z.number().int().positive(),
  title: z.string().min(1),
  source: z.string(),
  preamble: z.string().min(1),
  chapters: z.array(
    z.object({
      id: z.string(),
      heading: z.string().min(1),
      sections: z.array(z.object({ id: z.string(), heading: z.string(), clauses: z.array(clauseSchema).min(1) })).min(1),
    }),
  ),
  specialCase: z.object({
    id: z.string(),
    heading: z.string().min(1),
    soleProprietorBox: z.object({ id: z.string(), text: z.string().min(1) }),
  }),
  signatureBlock: z.tuple([
    z.object({ id: z.literal('operator'), label: z.string().min(1) }),
    z.object({ id: z.literal('representative'), label: z.string().min(1) }),
    z.object({ id: z.literal('date'), label: z.string().min(1) }),
  ]),
  notes: z.array(z.string()),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
});

export type LetterTemplate = z.infer<typeof letterTemplateSchema>;

/** One block of the letter in reading order, as the reader, the PDF and the objection list use it. */
export type LetterBlock = Readonly<
  | { kind: 'title'; id: string; text: string }
  | { kind: 'preamble'; id: string; text: string }
  | { kind: 'chapter'; id: string; text: string }
  | { kind: 'section'; id: string; text: string }
  | { kind: 'clause'; id: string; label: string; text: string }
  | { kind: 'item'; id: string; label: string; text: string }
  | { kind: 'special-heading'; id: string; text: string }
  | { kind: 'sole-proprietor-box'; id: string; text: string }
>;

/** The letter as a flat list of blocks, in reading order (signature block excluded). */
export function letterBlocks(template: LetterTemplate): LetterBlock[] {
  const blocks: LetterBlock[] = [
    { kind: 'title', id: 'title', text: template.title },
    { kind: 'preamble', id: 'preamble', text: template.preamble },
  ];
  for (const chapter of template.chapters) {
    blocks.push({ kind: 'chapter', id: chapter.id, text: chapter.heading });
    for (const section of chapter.sections) {
      if (section.heading !== '') blocks.push({ kind: 'section', id: section.id, text: section.heading });
      for (const clause of section.clauses) {
        blocks.push({ kind: 'clause', id: clause.id, label: clause.label, text: clause.text });
        for (const item of clause.items ?? []) blocks.push({ kind: 'item', id: item.id, label: item.label, text: item.text });
      }
    }
  }
  blocks.push({ kind: 'special-heading', id: template.specialCase.id, text: template.specialCase.heading });
  blocks.push({ kind: 'sole-proprietor-box', id: template.specialCase.soleProprietorBox.id, text: template.specialCase.soleProprietorBox.text });
  return blocks;
}

/** The text of a block as printed: label, a space, then the text. */
export function blockText(block: LetterBlock): string {
  return (block.kind === 'clause' || block.kind === 'item') && block.label !== '' ? `${block.label} ${block.text}` : block.text;
}

/**
 * The canonical text whose SHA-256 identifies the template: every block and
 * signature label as printed, one per line, NFC, without the notes.
 */
export function canonicalLetterText(template: LetterTemplate): string {
  const lines = [...letterBlocks(template).map(blockText), ...template.signatureBlock.map((entry) => entry.label)];
  return lines.join('\n').normalize('NFC');
}

/** The clauses and items that an objection can name, with their ids. */
export function objectableClauses(template: LetterTemplate): { id: string; text: string }[] {
  return letterBlocks(template).flatMap((block) =>
    block.kind === 'clause' || block.kind === 'item' || block.kind === 'preamble' || block.kind === 'sole-proprietor-box'
      ? [{ id: block.id, text: blockText(block) }]
      : [],
  );
}
