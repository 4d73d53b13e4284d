// Template ids that are not clause numbers, as a reader names those parts.
const namedParts: ReadonlyMap<string, string> = new Map([
  ['title', '标题'],
  ['preamble', '序言'],
  ['特殊情况说明-勾选', '特殊情况说明（勾选框）'],
]);

/**
 * A clause id as a merchant reads it: '一(三)2' stays as it is, an item id
 * like '一(二)1-1' becomes '一(二)1 第 1 项', and the template's named
 * parts (preamble, the sole-proprietor box) get their Chinese names. The ids
 * are the template's keys, not words of the letter.
 */
export function clauseDisplayName(id: string): string {
  const named = namedParts.get(id);
  if (named !== undefined) return named;
  const item = /^(.+)-(\d+)$/.exec(id);
  return item === null ? id : `${item[1]} 第 ${item[2]} 项`;
}

/** True for the template's named parts (preamble, the box), which are not numbered clauses. */
export function isNamedLetterPart(id: string): boolean {
  return namedParts.has(id);
}
