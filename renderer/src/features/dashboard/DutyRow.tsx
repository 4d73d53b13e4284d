import { useState } from 'react';
import { Link } from 'react-router';
import { toAppError } from '@shared/errors/app-error';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { obligationTextZhCN } from '@shared/i18n/messages/obligations.zh-CN';
import { ledgerTextZhCN } from '@shared/i18n/zh-CN';
import type { WorkCalendar } from '@shared/calendar/work-calendar';
import type { DueItem } from '@shared/obligations/obligation-engine';
import { recurringObligationIds, type RecurringObligationId } from '@shared/obligations/obligation-catalogue';
import { parseChinaDateTimeInput, toChinaDateString } from '@shared/time/china-time';
import { t } from '@renderer/i18n/t';
import { recordCompletion } from '@renderer/obligations/obligation-records';
import { useOpenSession, useSession } from '@renderer/session/session-context';
import { describeDue } from './due-words';

type DutyRowProps = Readonly<{ item: DueItem; calendar: WorkCalendar; now: number; highlighted: boolean; onChanged: () => void }>;

const recordable = new Set<string>([...recurringObligationIds, 'management-policy']);

/** One obligation: state colour, due time in words, the next step, and the way to do it. */
export function DutyRow({ item, calendar, now, highlighted, onChanged }: DutyRowProps) {
  const { services } = useSession();
  const { store } = useOpenSession();
  const [recording, setRecording] = useState(false);
  const [date, setDate] = useState(toChinaDateString(now));
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const text = obligationTextZhCN[item.obligationId];

  const save = async () => {
    const at = parseChinaDateTimeInput(`${date}T12:00`);
    if (at === null || toChinaDateString(at) > toChinaDateString(services.now())) return setMessage(t('dashboard.record.future'));
    try {
      await recordCompletion(store, item.obligationId as RecurringObligationId | 'management-policy', Math.min(at, services.now()), note.trim());
      setRecording(false);
      setMessage(t('dashboard.record.saved'));
      onChanged();
    } catch (error) {
      setMessage(describeErrorZhCN(toAppError(error).code));
    }
  };

  return (
    <li className={`duty duty-${item.state}${highlighted ? ' duty-highlighted' : ''}`} data-testid={`duty-${item.key}`} data-state={item.state}>
      <div className="duty-head">
        <span className={`pill pill-${item.state}`}>{t(`dashboard.state.${item.state}`)}</span>
        <strong>{text.title}</strong>
        <span className="clause">{t('ledgers.clause', { clause: item.clause })}</span>
      </div>
      <p className="duty-due">
        {describeDue(item, calendar, now)}
        {item.estimated && <span className="badge badge-warn">{t('dashboard.estimated')}</span>}
      </p>
      {item.state !== 'done' && <p>{text.next}</p>}
      <p className="muted">{t('dashboard.ledger', { ledger: ledgerTextZhCN[item.ledger].title })}</p>
      {highlighted && <p className="notice">{t('dashboard.highlighted')}</p>}
      {recordable.has(item.obligationId) && !recording && (
        <div className="actions">
          <button type="button" className={item.state === 'overdue' || item.state === 'due-soon' ? 'button primary' : 'button'} onClick={() => setRecording(true)}>
            {t('dashboard.record')}
          </button>
        </div>
      )}
      {item.obligationId === 'personal-information-deletion' && (
        <div className="actions">
          <Link className="button primary" to="/ledgers/personal-information">{t('dashboard.open')}</Link>
        </div>
      )}
      {recording && (
        <div className="inline-form">
          <label>
            {t('dashboard.record.date')}
            <input type="date" value={date} max={toChinaDateString(services.now())} onChange={(event) => setDate(event.target.value)} />
          </label>
          <label>
            {t('dashboard.record.note')}
            <input value={note} maxLength={200} onChange={(event) => setNote(event.target.value)} />
          </label>
          <button type="button" className="button primary" onClick={() => void save()}>{t('dashboard.record.save')}</button>
          <button type="button" className="button" onClick={() => setRecording(false)}>{t('dashboard.record.cancel')}</button>
        </div>
      )}
      {message !== null && <p role="status">{message}</p>}
    </li>
  );
}
