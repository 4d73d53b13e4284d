import { chinaOffsetMs } from '../time/china-time';
import { type ColumnMapping, type ImportDefaults, type ImportField } from '../ledgers/definitions/personal-information-import.ledger';
import { consentMethods, personalInformationTextLimits, type ConsentMethod } from '../ledgers/personal-information.schema';
import { agreedScenarios, isAgreedScenario, isConsentedScenarioId, type AgreedScenario, type ScenarioId } from '../ledgers/scenario-id';
import type { ScenarioVocabulary } from '../ledgers/scenarios';
import { normalizeChineseMobile } from '../phone/phone-number';
import { findForbiddenIdentifier } from '../validation/forbidden-identifiers';
import { columnLetter, type ImportColumnRefusal, type ImportProblem, type ImportRowProblem } from './import-problems';

/** One row of a file as the ledger takes it (its batch and evidence are added by the importer). */
export type ImportedEntry = Readonly<{
  phone: string;
  name: string;
  scenario: ScenarioId;
  source: string;
  consent: ConsentMethod;
  collectedAt: number;
  usage: string;
}>;

export type RowVerdict = Readonly<{ ok: true; entry: ImportedEntry }> | Readonly<{ ok: false; problems: readonly ImportProblem[] }>;

/** How a file is to be read, as the batch keeps it: what each column is, the values of fields no column fills, and the time of the import. */
export type ImportSetup = Readonly<{ mapping: readonly ColumnMapping[]; defaults: ImportDefaults; now: number }>;

/** A setup with the scenarios selectable when the rows are read (一(三)3: a new one only after consent). */
export type ImportPlan = ImportSetup & Readonly<{ scenarios: ScenarioVocabulary }>;

const scenarioWords: Readonly<Record<string, AgreedScenario>> = {
  验证码: 'verification-code',
  验证码发送: 'verification-code',
  短信验证码: 'verification-code',
  账户安全: 'account-security',
  账户安全通知: 'account-security',
  安全通知: 'account-security',
  业务提醒: 'business-reminder',
  办理提醒: 'business-reminder',
  业务办理提醒: 'business-reminder',
  ...Object.fromEntries(agreedScenarios.map((scenario) => [scenario, scenario])),
};

const consentWords: Readonly<Record<string, ConsentMethod>> = {
  书面: 'written',
  书面同意: 'written',
  线上勾选: 'online-tick',
  线上勾选确认: 'online-tick',
  勾选: 'online-tick',
  在线勾选: 'online-tick',
  其他可追溯: 'other-traceable',
  其他可追溯方式: 'other-traceable',
  ...Object.fromEntries(consentMethods.map((method) => [method, method])),
};

// Headings that name what 一(一)1 forbids collecting, or other data SMS never needs.
const forbiddenHeading = /身份证|证件|银行|卡号|开户|账号|住址|地址|生日|出生|性别|民族|婚|学历|收入|邮箱|微信|QQ|护照/i;

const headingGuesses: readonly (readonly [RegExp, ImportField])[] = [
  [/手机|电话|号码|phone|mobile/i, 'phone'],
  [/姓名|名字|称呼|联系人|客户|name/i, 'name'],
  [/场景|用途/, 'scenario'],
  [/来源|渠道/, 'source'],
  [/同意/, 'consent'],
  [/时间|日期/, 'collectedAt'],
  [/使用情况/, 'usage'],
];

/** A word of a table, looked up only among the table's own keys (a cell saying "constructor" is no word). */
function wordOf<Value>(words: Readonly<Record<string, Value>>, text: string): Value | undefined {
  return Object.hasOwn(words, text) ? words[text] : undefined;
}

type ScenarioReading = Readonly<{ id: ScenarioId }> | Readonly<{ problem: 'scenario-unknown' | 'scenario-not-consented' }>;

/**
 * Reads a scenario cell (or, when empty, the import's default): an agreed
 * scenario by its words, a consented new one by its name or id; a new one
 * without the provider's consent, or an id no consent stands behind, is
 * refused as such (一(三)3).
 */
function createScenarioReader(vocabulary: ScenarioVocabulary, fallback: ScenarioId): (text: string) => ScenarioReading {
  const known = new Map<string, ScenarioId>();
  for (const { id, name } of vocabulary.selectable) {
    known.set(id, id);
    if (!isAgreedScenario(id) && !known.has(name)) known.set(name, id);
  }
  const unconsented = new Set(vocabulary.unconsented);
  return (text) => {
    const wanted = text === '' ? fallback : text;
    const id = wordOf(scenarioWords, wanted) ?? known.get(wanted);
    if (id !== undefined) return { id };
    return { problem: unconsented.has(wanted) || isConsentedScenarioId(wanted) ? 'scenario-not-consented' : 'scenario-unknown' };
  };
}

/** True when a heading names data the letter forbids collecting (ID card, bank card…) or SMS never needs. */
export function isForbiddenHeading(heading: string): boolean {
  return forbiddenHeading.test(heading);
}

/** A first guess at each column's field from its heading; a forbidden or unknown one is left out. */
export function guessMapping(headings: readonly string[]): ColumnMapping[] {
  const taken = new Set<ImportField>();
  return headings.map((raw, column) => {
    const heading = raw.trim().slice(0, 60);
    const guess = isForbiddenHeading(heading) ? undefined : headingGuesses.find(([pattern, field]) => pattern.test(heading) && !taken.has(field))?.[1];
    if (guess !== undefined) taken.add(guess);
    return { column, heading, field: guess ?? 'skip' };
  });
}

/** A column as the report names it: its letter and heading. */
export function columnLabel(mapping: readonly ColumnMapping[], column: number): string {
  const heading = mapping.find((entry) => entry.column === column)?.heading ?? '';
  return heading === '' ? columnLetter(column) : `${columnLetter(column)}（${heading}）`;
}

/**
 * The columns 一(一)1 keeps out: left out of the mapping while they hold data,
 * or named as ID-card, bank-card or similar data. None of them is imported.
 */
export function refusedColumns(mapping: readonly ColumnMapping[], columnsWithData: ReadonlySet<number>): ImportColumnRefusal[] {
  return mapping.flatMap<ImportColumnRefusal>((entry) => {
    if (entry.field !== 'skip') return [];
    if (isForbiddenHeading(entry.heading)) return [{ column: columnLabel(mapping, entry.column), reason: 'forbidden-kind' }];
    return columnsWithData.has(entry.column) ? [{ column: columnLabel(mapping, entry.column), reason: 'not-needed' }] : [];
  });
}

/** A cell as text, trimmed ("" for nothing). */
export function cellText(cell: unknown): string {
  if (typeof cell === 'string') return cell.trim();
  return typeof cell === 'number' || typeof cell === 'boolean' ? String(cell) : '';
}

/**
 * Reads a date or date-time as people and spreadsheets write it, in China
 * time: 2026-11-28 09:30, 2026/11/28 9:30:15, 2026年11月28日, 2026-11-28;
 * null when it is none.
 */
export function parseImportedTime(text: string): number | null {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+(\d{1,2})[:：时](\d{1,2})(?:[:：分](\d{1,2})秒?)?)?$/.exec(text);
  if (match === null) return null;
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part))) as number[];
  const utc = Date.UTC(year!, month! - 1, day, hour, minute, second);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month! - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null;
  return utc - chinaOffsetMs;
}

/**
 * The checker of one plan: each row of the file is either an entry for the
 * ledger or a list of problems, with the row number and column of each. A
 * row is refused for an ID-card or bank-card number in any of its cells,
 * mapped or not (一(一)1); the phone must be a mainland mobile number; the
 * scenario one of the letter's three (一(一)2) or a new one the provider
 * consented to (一(三)3).
 */
export function createRowChecker(plan: ImportPlan): (cells: readonly unknown[], row: number) => RowVerdict {
  const columnOf = (field: ImportField) => plan.mapping.find((entry) => entry.field === field)?.column ?? null;
  const columns = Object.fromEntries((['phone', 'name', 'scenario', 'source', 'consent', 'collectedAt', 'usage'] as const).map((field) => [field, columnOf(field)])) as Record<ImportField, number | null>;
  const labels = new Map<number, string>();
  const label = (column: number) => {
    let text = labels.get(column);
    if (text === undefined) labels.set(column, (text = columnLabel(plan.mapping, column)));
    return text;
  };
  const readScenario = createScenarioReader(plan.scenarios, plan.defaults.scenario);
  const textOf = (cells: readonly unknown[], field: ImportField) => (columns[field] === null ? '' : cellText(cells[columns[field]]));

  return (cells, row) => {
    const problems: ImportProblem[] = [];
    const problem = (column: number | null, reason: ImportRowProblem) => problems.push({ row, column: column === null ? '' : label(column), reason });
    for (let column = 0; column < cells.length; column += 1) {
      const text = cellText(cells[column]);
      // Only runs of 16 or more digits can be an ID-card or bank-card number.
      if (text.length < 16) continue;
      const found = findForbiddenIdentifier(text);
      if (found !== null) problem(column, found);
    }

    const rawPhone = textOf(cells, 'phone');
    const phone = normalizeChineseMobile(rawPhone);
    if (rawPhone === '') problem(columns.phone, 'phone-missing');
    else if (phone === null) problem(columns.phone, /^\d(?:\.\d+)?e\+\d+$/i.test(rawPhone) ? 'phone-scientific' : 'phone-invalid');

    const name = textOf(cells, 'name');
    const source = textOf(cells, 'source') || plan.defaults.source;
    const usage = textOf(cells, 'usage') || plan.defaults.usage;
    if (name.length > personalInformationTextLimits.name) problem(columns.name, 'too-long');
    if (source.length > personalInformationTextLimits.source) problem(columns.source, 'too-long');
    if (usage.length > personalInformationTextLimits.usage) problem(columns.usage, 'too-long');
    if (source === '') problem(columns.source, 'source-missing');

    const reading = readScenario(textOf(cells, 'scenario'));
    const scenario = 'id' in reading ? reading.id : undefined;
    if ('problem' in reading) problem(columns.scenario, reading.problem);
    const consentText = textOf(cells, 'consent');
    const consent = consentText === '' ? plan.defaults.consent : wordOf(consentWords, consentText);
    if (consent === undefined) problem(columns.consent, 'consent-unknown');

    const timeText = textOf(cells, 'collectedAt');
    const collectedAt = timeText === '' ? plan.defaults.collectedAt : parseImportedTime(timeText);
    if (collectedAt === null) problem(columns.collectedAt, 'time-invalid');
    else if (collectedAt > plan.now) problem(columns.collectedAt, 'time-future');

    if (problems.length > 0 || phone === null || scenario === undefined || consent === undefined || collectedAt === null) return { ok: false, problems };
    return { ok: true, entry: { phone, name, scenario, source, consent, collectedAt, usage } };
  };
}

/** True when no cell of a row holds anything (blank lines are not rows of data). */
export function isBlankRow(cells: readonly unknown[]): boolean {
  return cells.every((cell) => cellText(cell) === '');
}
