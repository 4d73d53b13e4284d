/**
 * A clause id as a merchant reads it: '一(三)2' stays as it is, an item id
 * like '一(二)1-1' becomes '一(二)1 第 1 项'. The hyphenated ids are the
 * template's keys, not words of the letter.
 */
export function clauseDisplayName(id: string): string {
  const item = /^(.+)-(\d+)$/.exec(id);
  return item === null ? id : `${item[1]} 第 ${item[2]} 项`;
}
