import { reminderTimes } from '@shared/reminders/reminder-schedule';
import { formatDateTime } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { useObligations } from '@renderer/obligations/obligations-context';

const shown = 12;
const horizonMs = 400 * 86_400_000;

/** What this workspace will be reminded of, and when the next reminder of each comes (the soonest first). */
export function ScheduledReminders() {
  const { scheduled, now } = useObligations();
  const upcoming = scheduled
    .map((item) => ({ item, next: reminderTimes(item, now, now + horizonMs)[0] ?? null }))
    .filter((entry): entry is { item: (typeof scheduled)[number]; next: number } => entry.next !== null)
    .sort((a, b) => a.next - b.next);
  if (upcoming.length === 0) return null;
  return (
    <details className="card" data-testid="scheduled-reminders">
      <summary>{t('dashboard.reminders.title', { count: upcoming.length })}</summary>
      <p className="muted">{t('dashboard.reminders.intro')}</p>
      <ul className="reminder-list">
        {upcoming.slice(0, shown).map(({ item, next }) => (
          <li key={item.id}>
            <strong>{item.title}</strong>
            <span className="muted">
              {t('dashboard.reminders.next', { at: formatDateTime(next) })}
              {item.cadence === 'hours' ? t('dashboard.reminders.hours') : t('dashboard.reminders.days')}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
