import type { DueItem } from '@shared/obligations/obligation-engine';
import { describeDue } from '@renderer/features/dashboard/due-words';
import { t } from '@renderer/i18n/t';
import { useObligations } from '@renderer/obligations/obligations-context';

/** A step's deadline and state, as on 首页. */
export function DueLine({ item }: { item: DueItem | undefined }) {
  const { calendar, now } = useObligations();
  if (item === undefined || calendar === null) return null;
  return (
    <p className={`due-line due-${item.state}`}>
      <span className={`pill pill-${item.state}`}>{t(`dashboard.state.${item.state}`)}</span> {describeDue(item, calendar, now)}
    </p>
  );
}

/** The due items of one record, by obligation. */
export function useRecordItems(recordId: string): ReadonlyMap<string, DueItem> {
  const { items } = useObligations();
  return new Map(items.filter((item) => item.recordId === recordId).map((item) => [item.obligationId, item]));
}
