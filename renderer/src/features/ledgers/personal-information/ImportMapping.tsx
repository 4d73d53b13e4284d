import { findForbiddenIdentifier } from '@shared/validation/forbidden-identifiers';
import { columnLetter } from '@shared/import/import-problems';
import { isForbiddenHeading } from '@shared/import/personal-information-rows';
import { importFields, type ColumnMapping, type ImportField } from '@shared/ledgers/definitions/personal-information-import.ledger';
import { optionalPastDateTimeInput, safeText } from '@shared/ledgers/ledger-fields';
import { consentMethods, personalInformationTextLimits, type ConsentMethod } from '@shared/ledgers/personal-information.schema';
import { maskChineseMobile, normalizeChineseMobile } from '@shared/phone/phone-number';
import { FormField } from '@renderer/components/FormField';
import { fieldErrorText } from '@renderer/i18n/field-error';
import { t } from '@renderer/i18n/t';
import type { TableInspection } from '@renderer/import/table-sieve';
import { enumText } from '@renderer/ledgers/ledger-text';
import { useScenarioChoices } from '@renderer/ledgers/scenario-source';
import { ChoiceSelect } from '../ChoiceSelect';

/** The values of fields that no column fills, as typed; the scenario is one selectable now (一(三)3), checked again when the import starts. */
export type ImportDefaultsForm = Readonly<{ scenario: string; consent: ConsentMethod; source: string; usage: string; collectedAt: string }>;

const fieldLabel = (field: ImportField) => t(`import.field.${field}`);

/** Why the import cannot start as set up (one sentence), or null. */
export function planProblemOf(mapping: readonly ColumnMapping[], defaults: ImportDefaultsForm, now: () => number): string | null {
  if (!mapping.some((entry) => entry.field === 'phone')) return t('import.plan.noPhone');
  const textError = (value: string, max: number) => {
    const parsed = safeText(max).safeParse(value);
    return parsed.success ? null : fieldErrorText('ledger.error.', parsed.error.issues[0]?.message);
  };
  const sourceProblem = textError(defaults.source, personalInformationTextLimits.source) ?? textError(defaults.usage, personalInformationTextLimits.usage);
  if (sourceProblem !== null && sourceProblem !== undefined) return t('import.plan.defaultText', { reason: sourceProblem });
  if (!mapping.some((entry) => entry.field === 'source') && defaults.source.trim() === '') return t('import.plan.noSource');
  const time = optionalPastDateTimeInput(now).safeParse(defaults.collectedAt);
  if (!time.success) return t('import.plan.defaultTime', { reason: fieldErrorText('ledger.error.', time.error.issues[0]?.message) ?? '' });
  return null;
}

/** What a preview cell shows: numbers masked, forbidden identifiers never repeated on screen. */
function previewText(text: string, field: ImportField | 'skip'): string {
  if (findForbiddenIdentifier(text) !== null) return t('import.preview.forbidden');
  const phone = field === 'phone' ? normalizeChineseMobile(text) : null;
  return phone === null ? text : maskChineseMobile(phone);
}

type ImportMappingProps = Readonly<{
  inspection: TableInspection;
  mapping: readonly ColumnMapping[];
  defaults: ImportDefaultsForm;
  onAssign: (column: number, field: ImportField | 'skip') => void;
  onDefaults: (defaults: ImportDefaultsForm) => void;
}>;

/**
 * Which ledger field each column fills, with a few rows as they will be
 * read; columns left out are not imported (一(一)1 allows nothing beyond what
 * SMS needs), and ID-card or bank-card columns cannot be chosen at all.
 */
export function ImportMapping({ inspection, mapping, defaults, onAssign, onDefaults }: ImportMappingProps) {
  return (
    <>
      <section className="card">
        <h2>{t('import.mapping.title')}</h2>
        <p>{inspection.hasHeader ? t('import.mapping.intro') : t('import.mapping.noHeader')}</p>
        <table className="ledger-table" data-testid="import-mapping">
          <thead>
            <tr>
              <th scope="col">{t('import.mapping.column')}</th>
              <th scope="col">{t('import.mapping.sample')}</th>
              <th scope="col">{t('import.mapping.field')}</th>
            </tr>
          </thead>
          <tbody>
            {mapping.map((entry) => {
              const name = entry.heading === '' ? columnLetter(entry.column) : `${columnLetter(entry.column)}：${entry.heading}`;
              const forbidden = isForbiddenHeading(entry.heading);
              return (
                <tr key={entry.column}>
                  <th scope="row" data-label={t('import.mapping.column')}>
                    {name}
                  </th>
                  <td data-label={t('import.mapping.sample')}>{previewText(inspection.preview[0]?.[entry.column] ?? '', entry.field) || '—'}</td>
                  <td data-label={t('import.mapping.field')}>
                    {forbidden ? (
                      <span className="field-error">{t('import.mapping.forbidden')}</span>
                    ) : (
                      <select aria-label={t('import.mapping.fieldOf', { column: name })} value={entry.field} onChange={(event) => onAssign(entry.column, event.target.value as ImportField | 'skip')}>
                        <option value="skip">{t('import.mapping.skip')}</option>
                        {importFields.map((field) => (
                          <option key={field} value={field}>
                            {fieldLabel(field)}
                          </option>
                        ))}
                      </select>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="muted">{t('import.mapping.skipNote')}</p>
      </section>
      <section className="card">
        <h2>{t('import.preview.title')}</h2>
        <table className="ledger-table" data-testid="import-preview">
          <thead>
            <tr>
              {mapping.map((entry) => (
                <th key={entry.column} scope="col">
                  {entry.field === 'skip' ? t('import.preview.skipped', { column: columnLetter(entry.column) }) : fieldLabel(entry.field)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {inspection.preview.map((row, index) => (
              <tr key={index}>
                {mapping.map((entry) => (
                  <td key={entry.column} data-label={entry.field === 'skip' ? columnLetter(entry.column) : fieldLabel(entry.field)}>
                    {entry.field === 'skip' ? '—' : previewText(row[entry.column] ?? '', entry.field) || '—'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card">
        <h2>{t('import.defaults.title')}</h2>
        <p>{t('import.defaults.intro')}</p>
        <div className="form grid-form">
          <div>
            <FormField label={t('import.defaults.scenario')}>
              {(props) => (
                <ChoiceSelect {...props} useChoices={useScenarioChoices} value={defaults.scenario} onChange={(event) => onDefaults({ ...defaults, scenario: event.target.value })} />
              )}
            </FormField>
          </div>
          <div>
            <FormField label={t('import.defaults.consent')}>
              {(props) => (
                <select {...props} value={defaults.consent} onChange={(event) => onDefaults({ ...defaults, consent: event.target.value as ConsentMethod })}>
                  {consentMethods.map((method) => (
                    <option key={method} value={method}>
                      {enumText({ id: 'personal-information' }, 'consent', method)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          </div>
          <div>
            <FormField label={t('import.defaults.source')} hint={t('import.defaults.sourceHint')}>
              {(props) => <input {...props} value={defaults.source} autoComplete="off" onChange={(event) => onDefaults({ ...defaults, source: event.target.value })} />}
            </FormField>
          </div>
          <div>
            <FormField label={t('import.defaults.usage')}>
              {(props) => <input {...props} value={defaults.usage} autoComplete="off" onChange={(event) => onDefaults({ ...defaults, usage: event.target.value })} />}
            </FormField>
          </div>
          <div>
            <FormField label={t('import.defaults.collectedAt')} hint={t('import.defaults.collectedAtHint')}>
              {(props) => <input {...props} type="datetime-local" value={defaults.collectedAt} onChange={(event) => onDefaults({ ...defaults, collectedAt: event.target.value })} />}
            </FormField>
          </div>
        </div>
      </section>
    </>
  );
}
