import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { WorkCalendar } from '@shared/calendar/work-calendar';
import { computeObligations, type DueItem, type ObligationRecords } from '@shared/obligations/obligation-engine';
import { useOpenSession, useSession } from '@renderer/session/session-context';
import { loadWorkCalendar } from './calendar-source';
import { loadObligationRecords } from './obligation-records';
import { toReminderItems } from './reminder-items';

type ObligationsValue = Readonly<{
  items: readonly DueItem[];
  records: ObligationRecords | null;
  calendar: WorkCalendar | null;
  now: number;
  refresh: () => void;
}>;

const ObligationsContext = createContext<ObligationsValue | null>(null);

/**
 * The open workspace's obligations: records read (index values only), due
 * items computed against the calendar, recomputed every minute and after each
 * change, and handed to the host as the workspace's reminder schedule.
 */
export function ObligationsProvider({ children }: { children: ReactNode }) {
  const { services } = useSession();
  const { store, workspace } = useOpenSession();
  const [records, setRecords] = useState<ObligationRecords | null>(null);
  const [calendar, setCalendar] = useState<WorkCalendar | null>(null);
  const [now, setNow] = useState(() => services.now());
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((value) => value + 1), []);

  useEffect(() => {
    let active = true;
    void Promise.all([loadObligationRecords(store), loadWorkCalendar(services.registry)]).then(([loaded, loadedCalendar]) => {
      if (!active) return;
      setRecords(loaded);
      setCalendar(loadedCalendar);
      setNow(services.now());
    });
    return () => {
      active = false;
    };
  }, [store, services, version]);

  useEffect(() => {
    const timer = window.setInterval(() => setNow(services.now()), 60_000);
    return () => window.clearInterval(timer);
  }, [services]);

  const items = useMemo(() => (records !== null && calendar !== null ? computeObligations(records, calendar, now) : []), [records, calendar, now]);

  useEffect(() => {
    if (records === null || calendar === null) return;
    void services.host.reminders.setSchedule({ workspaceId: workspace.id, items: toReminderItems(items, workspace.label) });
  }, [items, records, calendar, services, workspace.id, workspace.label]);

  const value = useMemo(() => ({ items, records, calendar, now, refresh }), [items, records, calendar, now, refresh]);
  return <ObligationsContext.Provider value={value}>{children}</ObligationsContext.Provider>;
}

/** The open workspace's obligations. */
export function useObligations(): ObligationsValue {
  const value = useContext(ObligationsContext);
  if (value === null) throw new Error('useObligations outside ObligationsProvider');
  return value;
}
