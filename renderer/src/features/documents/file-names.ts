/**
 * A file name a merchant recognises in a folder: plain Chinese parts joined
 * by '-', characters no file system accepts replaced, the extension kept.
 */
export function documentFileName(parts: readonly string[], extension: string): string {
  const stem = parts
    .map((part) => part.replace(/[\\/:*?"<>|\p{Cc}]/gu, ' ').replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '')
    .join('-')
    .slice(0, 100)
    .replace(/[. ]+$/, '');
  return `${stem === '' ? '文档' : stem}.${extension}`;
}
