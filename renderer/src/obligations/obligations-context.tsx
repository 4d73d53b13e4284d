import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { WorkCalendar } from '@shared/calendar/work-calendar';
import { computeObligations, type DueItem, type ObligationInput } from '@shared/obligations/obligation-engine';
import type { ReminderItem } from '@shared/reminders/reminder-schedule';
import { useOpenSession, useSession } from '@renderer/session/session-context';
import { loadWorkCalendar } from './calendar-source';
import { affectsObligations, applyChange, loadObligationSources, toObligationInput, type ObligationSources } from './obligation-records';
import { toReminderItems } from './reminder-items';

type ObligationsValue = Readonly<{
  items: readonly DueItem[];
  /** The reminders handed to the host for this workspace. */
  scheduled: readonly ReminderItem[];
  input: ObligationInput | null;
  /** Ledger rows that did not open and so count for nothing. */
  unreadable: number;
  calendar: WorkCalendar | null;
  now: number;
}>;

const ObligationsContext = createContext<ObligationsValue | null>(null);

/**
 * The open workspace's obligations: the letter's dates and every ledger's
 * clocks read once, then kept current from the store's change announcements
 * (only the changed records are read again); due items computed against the
 * calendar every minute and after each change, and handed to the host as the
 * workspace's reminder schedule.
 */
export function ObligationsProvider({ children }: { children: ReactNode }) {
  const { services } = useSession();
  const { store, workspace } = useOpenSession();
  const [sources, setSources] = useState<ObligationSources | null>(null);
  const [calendar, setCalendar] = useState<WorkCalendar | null>(null);
  const [now, setNow] = useState(() => services.now());

  useEffect(() => {
    let active = true;
    // Changes are applied in order, each to the sources the one before left.
    let pending: Promise<ObligationSources | null> = loadObligationSources(store).catch(() => null);
    void pending.then((loaded) => active && loaded !== null && setSources(loaded));
    const loadCalendar = () => void loadWorkCalendar(services.registry).then((loaded) => active && setCalendar(loaded));
    loadCalendar();
    const stopCalendar = services.registry.onSettingChange(loadCalendar);
    const unsubscribe = store.onChange((change) => {
      if (!affectsObligations(change)) return;
      pending = pending.then(async (current) => (current === null ? loadObligationSources(store) : applyChange(store, current, change))).catch(() => null);
      void pending.then((next) => {
        if (!active || next === null) return;
        setSources(next);
        setNow(services.now());
      });
    });
    return () => {
      active = false;
      unsubscribe();
      stopCalendar();
    };
  }, [store, services]);

  useEffect(() => {
    const timer = window.setInterval(() => setNow(services.now()), 60_000);
    return () => window.clearInterval(timer);
  }, [services]);

  const input = useMemo(() => (sources === null ? null : toObligationInput(sources)), [sources]);
  const items = useMemo(() => (input !== null && calendar !== null ? computeObligations(input, calendar, now) : []), [input, calendar, now]);

  const scheduled = useMemo(() => (input === null || calendar === null ? [] : toReminderItems(items, workspace.label)), [items, input, calendar, workspace.label]);
  useEffect(() => {
    if (input === null || calendar === null) return;
    void services.host.reminders.setSchedule({ workspaceId: workspace.id, items: scheduled });
  }, [scheduled, input, calendar, services, workspace.id]);

  const value = useMemo(() => ({ items, scheduled, input, unreadable: sources?.unreadable ?? 0, calendar, now }), [items, scheduled, input, sources, calendar, now]);
  return <ObligationsContext.Provider value={value}>{children}</ObligationsContext.Provider>;
}

/** The open workspace's obligations. */
export function useObligations(): ObligationsValue {
  const value = useContext(ObligationsContext);
  if (value === null) throw new Error('useObligations outside ObligationsProvider');
  return value;
}
