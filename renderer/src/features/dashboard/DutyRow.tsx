import { Link } from 'react-router';
import { obligationTextZhCN } from '@shared/i18n/messages/obligations.zh-CN';
import { ledgerTextZhCN } from '@shared/i18n/zh-CN';
import { isChinaQuarter } from '@shared/calendar/china-quarter';
import { definitionsOfLedger, findLedgerDefinition } from '@shared/ledgers/ledger-registry';
import type { WorkCalendar } from '@shared/calendar/work-calendar';
import type { DueItem } from '@shared/obligations/obligation-engine';
import { ClauseRef } from '@renderer/components/ClauseRef';
import { t } from '@renderer/i18n/t';
import { describeDue, describePeriod } from './due-words';

type DutyRowProps = Readonly<{ item: DueItem; calendar: WorkCalendar; now: number; highlighted: boolean }>;

/**
 * Where an item is done: its own record (an incident, a credential), or —
 * for the workspace's duties — a new record of its ledger (of the record type
 * the duty names, else the ledger's first); a quarter's item chooses its
 * quarter ahead. Null when that ledger has no screens.
 */
export function placeOfItem(item: DueItem): Readonly<{ to: string; record: boolean }> | null {
  if (item.source !== null && item.recordId !== null) return { to: `/ledgers/${item.source}/${encodeURIComponent(item.recordId)}`, record: true };
  const named = item.obligation.definition === undefined ? null : findLedgerDefinition(item.obligation.definition);
  const [primary] = definitionsOfLedger(item.ledger);
  const target = named ?? primary;
  if (target === undefined) return null;
  const quarter = item.recordId !== null && isChinaQuarter(item.recordId) ? `?quarter=${item.recordId}` : '';
  return { to: `/ledgers/${target.id}/new${quarter}`, record: false };
}

/** A finished duty of a record (a step of a closed incident) lives on in its ledger, not on 首页. */
export function showsOnDashboard(item: DueItem): boolean {
  return item.state !== 'done' || item.recordId === null || item.source === null;
}

/** One obligation: state colour, due time in words, the next step, and the button that opens where it is done. */
export function DutyRow({ item, calendar, now, highlighted }: DutyRowProps) {
  const text = obligationTextZhCN[item.obligationId];
  const place = placeOfItem(item);
  const [primary] = definitionsOfLedger(item.ledger);
  const urgent = item.state === 'overdue' || item.state === 'due-soon' || item.state === 'missed';
  return (
    <li className={`duty duty-${item.state}${highlighted ? ' duty-highlighted' : ''}`} data-testid={`duty-${item.key}`} data-state={item.state}>
      <div className="duty-head">
        <span className={`pill pill-${item.state}`}>{t(`dashboard.state.${item.state}`)}</span>
        <strong>{text.title}</strong>
        {item.source === null && item.recordId !== null && <span className="muted">{describePeriod(item.recordId)}</span>}
        <ClauseRef clause={item.clause} />
      </div>
      <p className="duty-due">
        {describeDue(item, calendar, now)}
        {item.estimated && <span className="badge badge-warn">{t('dashboard.estimated')}</span>}
      </p>
      {item.state !== 'done' && <p>{text.next}</p>}
      {primary !== undefined && (
        <p className="muted">
          {t('dashboard.ledger')}
          <Link to={`/ledgers/${primary.id}`}>{ledgerTextZhCN[item.ledger].title}</Link>
        </p>
      )}
      {highlighted && <p className="notice">{t('dashboard.highlighted')}</p>}
      {place !== null && (item.state !== 'done' || !place.record) && (
        <div className="actions">
          <Link className={urgent ? 'button primary' : 'button'} to={place.to}>
            {place.record ? t('dashboard.open') : t('dashboard.record')}
          </Link>
        </div>
      )}
    </li>
  );
}
