import { useState } from 'react';
import { calendarDataSchema, calendarFileTemplate, summarizeCalendar, type CalendarData } from '@shared/calendar/work-calendar';
import { utf8 } from '@shared/encoding/bytes';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { messagesZhCN, type MessageKey } from '@shared/i18n/zh-CN';
import { toWriteAppError, withQuotaErrors } from '@renderer/errors/quota-exceeded';
import { describeSaveOutcome } from '@renderer/host/save-outcome';
import { t } from '@renderer/i18n/t';
import { bundledCalendar, saveImportedCalendar } from '@renderer/obligations/calendar-source';
import { useObligations } from '@renderer/obligations/obligations-context';
import { useSession } from '@renderer/session/session-context';

/**
 * A rule that names a field of the calendar file: the field's name as the
 * file spells it (the merchant looks for it there), set apart as code.
 */
function fieldRule(key: 'calendar.rules.holidays' | 'calendar.rules.workdays', field: string) {
  const [before, after] = t(key).split('{field}');
  return (
    <>
      {before}
      <code>{field}</code>
      {after}
    </>
  );
}

/**
 * 节假日日历: the years covered, where the bundled days come from, what an
 * imported file must hold (said before an import can fail on it), and the
 * import of a new year (validated, previewed, then used).
 */
export function CalendarSettings() {
  const { services } = useSession();
  const { calendar } = useObligations();
  const [preview, setPreview] = useState<CalendarData | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const pick = async () => {
    setPreview(null);
    const result = await services.host.files.openFile({ filters: [{ name: '日历文件', extensions: ['json'] }], maxBytes: 1024 * 1024 });
    if (!result.ok) return setMessage(describeErrorZhCN(result.error.code));
    if (result.value === null) return;
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder().decode(result.value.data));
    } catch {
      return setMessage(t('calendar.invalid', { reason: t('calendar.reason.json') }));
    }
    const parsed = calendarDataSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const key = `calendar.reason.${issue?.message ?? 'format'}`;
      const reason = key in messagesZhCN ? messagesZhCN[key as MessageKey] : t('calendar.reason.format');
      return setMessage(t('calendar.invalid', { reason }));
    }
    setMessage(null);
    setPreview(parsed.data);
  };

  const saveTemplate = async (year: number) => {
    const result = await services.host.files.saveFile({
      suggestedName: `节假日日历-${year}.json`,
      filters: [{ name: '日历文件', extensions: ['json'] }],
      data: utf8(calendarFileTemplate(year)),
    });
    if (!result.ok) return setMessage(describeErrorZhCN(result.error.code));
    setMessage(
      describeSaveOutcome(result.value, {
        saved: (location) => t('calendar.templateSaved', { location }),
        cancelled: t('calendar.templateCancelled'),
      }),
    );
  };

  const use = async () => {
    if (preview === null) return;
    try {
      await withQuotaErrors(() => saveImportedCalendar(services.registry, preview));
    } catch (error) {
      return setMessage(describeErrorZhCN(toWriteAppError(error).code));
    }
    setPreview(null);
    setMessage(t('calendar.saved'));
  };

  if (calendar === null) return null;
  const nextYear = calendar.coveredThrough + 1;
  const sources = calendar.sources.map((source) =>
    source === bundledCalendar.source ? t('calendar.source.bundled', { from: bundledCalendar.coveredFrom, through: bundledCalendar.coveredThrough }) : source,
  );
  return (
    <section className="card" data-testid="calendar-settings">
      <h2>{t('calendar.title')}</h2>
      <p>{t('calendar.body', { from: calendar.coveredFrom, through: calendar.coveredThrough })}</p>
      <p className="muted">{t('calendar.sources', { sources: sources.join('；') })}</p>
      <h3>{t('calendar.rules.title')}</h3>
      <ol className="rule-list" data-testid="calendar-rules">
        <li>{t('calendar.rules.blank', { year: nextYear })}</li>
        <li>{t('calendar.rules.years')}</li>
        <li>{t('calendar.rules.dates')}</li>
        <li>{fieldRule('calendar.rules.holidays', 'holidays')}</li>
        <li>{fieldRule('calendar.rules.workdays', 'workdays')}</li>
        <li>{t('calendar.rules.source')}</li>
      </ol>
      <div className="actions">
        <button type="button" className="button" onClick={() => void saveTemplate(nextYear)}>
          {t('calendar.template', { year: nextYear })}
        </button>
        <button type="button" className="button" onClick={() => void pick()}>
          {t('calendar.import')}
        </button>
      </div>
      {preview !== null && (
        <div className="card card-next">
          <p>{t('calendar.preview', { source: preview.source })}</p>
          <ul data-testid="calendar-preview">
            {summarizeCalendar(preview).map((row) => (
              <li key={row.year}>
                {t('calendar.previewRow', { year: row.year, holidays: row.holidays, workdays: row.workdays.length === 0 ? t('calendar.none') : row.workdays.join('、') })}
              </li>
            ))}
          </ul>
          <div className="actions">
            <button type="button" className="button primary" onClick={() => void use()}>
              {t('calendar.use')}
            </button>
            <button type="button" className="button" onClick={() => setPreview(null)}>
              {t('calendar.cancel')}
            </button>
          </div>
        </div>
      )}
      {message !== null && <p role="status">{message}</p>}
    </section>
  );
}
