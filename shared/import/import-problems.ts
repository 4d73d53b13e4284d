export { columnLetter } from '../export/spreadsheet-cell';

/**
 * Why a row of an imported file was not stored. Each has a Chinese sentence
 * in the catalogue (`import.problem.<code>`); the report names the row and
 * the column, never the value (an ID number is not copied anywhere).
 */
export const importRowProblems = [
  'phone-missing',
  'phone-invalid',
  'phone-scientific',
  'id-card',
  'bank-card',
  'duplicate-in-file',
  'duplicate-in-workspace',
  'scenario-unknown',
  'scenario-not-consented',
  'consent-unknown',
  'time-invalid',
  'time-future',
  'too-long',
  'source-missing',
] as const;
export type ImportRowProblem = (typeof importRowProblems)[number];

/** Why a whole column was left out (一(一)1: nothing beyond what SMS needs). */
export const importColumnProblems = ['not-needed', 'forbidden-kind'] as const;
export type ImportColumnProblem = (typeof importColumnProblems)[number];

/** One line of the error report: the file's row number (1 = the header row) and its column's letter and heading. */
export type ImportProblem = Readonly<{ row: number; column: string; reason: ImportRowProblem }>;
export type ImportColumnRefusal = Readonly<{ column: string; reason: ImportColumnProblem }>;
