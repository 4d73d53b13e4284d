/**
 * Characters that make a spreadsheet read a cell as a formula (or a DDE
 * command) when they lead it: = + - @, a tab, a carriage return.
 */
const formulaLeads = new Set(['=', '+', '-', '@', '\t', '\r']);

/** True when a text, written as it is, could be taken for a formula by Excel, WPS or LibreOffice. */
export function needsFormulaGuard(text: string): boolean {
  return text.length > 0 && formulaLeads.has(text[0]!);
}

/** True for a character XML 1.0 cannot carry at all (a file with one would not open). */
function isXmlCharacter(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code !== 0xfffe && code !== 0xffff);
}

/** Text escaped for an XML element or attribute. */
export function escapeXml(text: string): string {
  let clean = text;
  for (let index = 0; index < text.length; index += 1) {
    if (!isXmlCharacter(text.charCodeAt(index))) {
      clean = [...text].filter((character) => isXmlCharacter(character.charCodeAt(0))).join('');
      break;
    }
  }
  return clean.replace(/[&<>"]/g, (character) => (character === '&' ? '&amp;' : character === '<' ? '&lt;' : character === '>' ? '&gt;' : '&quot;'));
}

/** The letter of a 0-based column as spreadsheets name it: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}
