import { strToU8, Zip, ZipDeflate } from 'fflate';
import { contentTypesXml, rootRelsXml, rowXml, sheetEndXml, sheetStartXml, stylesXml, workbookRelsXml, workbookXml } from '@shared/export/xlsx-parts';

/** A spreadsheet written as its rows come: only the compressed bytes are held, never every row's text. */
export type XlsxStream = Readonly<{
  /** Adds rows of text cells after the header. */
  addRows(rows: readonly (readonly string[])[]): void;
  /** Ends the file; resolves with its bytes. */
  finish(): Promise<Uint8Array<ArrayBuffer>>;
}>;

/**
 * A one-sheet xlsx streamed through fflate's zip: the sheet's XML is deflated
 * as each batch of rows is added, so a ledger of 100,000 rows never sits in
 * memory as one string.
 */
export function createXlsxStream(title: string, headings: readonly string[], widths: readonly number[]): XlsxStream {
  const parts: Uint8Array[] = [];
  let failure: Error | null = null;
  let resolveDone: (() => void) | null = null;
  const done = new Promise<void>((resolve) => (resolveDone = resolve));
  const zip = new Zip((error, chunk, final) => {
    if (error !== null) failure = error;
    else parts.push(chunk);
    if (final || error !== null) resolveDone?.();
  });
  const addWhole = (name: string, text: string) => {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(strToU8(text), true);
  };
  addWhole('[Content_Types].xml', contentTypesXml);
  addWhole('_rels/.rels', rootRelsXml);
  addWhole('xl/workbook.xml', workbookXml(title));
  addWhole('xl/_rels/workbook.xml.rels', workbookRelsXml);
  addWhole('xl/styles.xml', stylesXml);
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 6 });
  zip.add(sheet);
  sheet.push(strToU8(sheetStartXml(widths) + rowXml(1, headings, true)));
  let next = 2;
  return {
    addRows(rows) {
      let xml = '';
      for (const row of rows) xml += rowXml(next++, row);
      if (xml !== '') sheet.push(strToU8(xml));
    },
    async finish() {
      sheet.push(strToU8(sheetEndXml), true);
      zip.end();
      await done;
      if (failure !== null) throw failure;
      const size = parts.reduce((total, part) => total + part.byteLength, 0);
      const bytes = new Uint8Array(size);
      let offset = 0;
      for (const part of parts) {
        bytes.set(part, offset);
        offset += part.byteLength;
      }
      return bytes;
    },
  };
}
