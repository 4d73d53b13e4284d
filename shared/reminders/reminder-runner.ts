import { nextReminderTime, reminderTimes, type ReminderItem } from './reminder-schedule';

/** What a fired reminder shows; `overdue` lets the caller word it. */
export type ReminderNotice = Readonly<{ item: ReminderItem; firedAt: number; overdue: boolean }>;

export type PersistedReminders = Readonly<{ items: readonly ReminderItem[]; lastCheckedAt: number }>;

export type ReminderRunnerDependencies = Readonly<{
  now: () => number;
  setTimer: (run: () => void, delayMs: number) => unknown;
  clearTimer: (timer: unknown) => void;
  notify: (notice: ReminderNotice) => void;
  save: (state: PersistedReminders) => void;
}>;

// Timers are re-armed at least hourly: long timeouts overflow, and a machine
// that slept has to look again anyway.
const longestWaitMs = 60 * 60_000;

/**
 * Keeps a reminder schedule and fires each reminder at its time. After a
 * restart or sleep, every item whose reminders were missed fires once (the
 * latest missed), not once per missed time. Shared by main (OS notifications)
 * and the browser mode (Notification API).
 */
export function createReminderRunner(deps: ReminderRunnerDependencies, restored: PersistedReminders | null) {
  let items: readonly ReminderItem[] = restored?.items ?? [];
  let lastCheckedAt = restored?.lastCheckedAt ?? deps.now();
  let timer: unknown = null;

  const check = () => {
    const now = deps.now();
    for (const item of items) {
      const missed = reminderTimes(item, lastCheckedAt, now);
      const latest = missed.at(-1);
      if (latest !== undefined) deps.notify({ item, firedAt: now, overdue: latest >= item.dueAt });
    }
    lastCheckedAt = now;
    deps.save({ items, lastCheckedAt });
    arm();
  };

  const arm = () => {
    if (timer !== null) deps.clearTimer(timer);
    const now = deps.now();
    const next = nextReminderTime(items, now);
    timer = next === null ? null : deps.setTimer(check, Math.min(Math.max(0, next - now), longestWaitMs));
  };

  return {
    /** Replaces the schedule (the renderer sends the whole set whenever it changes). */
    setSchedule(next: readonly ReminderItem[]): void {
      items = next;
      deps.save({ items, lastCheckedAt });
      arm();
    },
    /** Looks for due and missed reminders now: at start, and on resume from sleep. */
    catchUp: check,
    stop(): void {
      if (timer !== null) deps.clearTimer(timer);
      timer = null;
    },
    get items(): readonly ReminderItem[] {
      return items;
    },
  };
}

export type ReminderRunner = ReturnType<typeof createReminderRunner>;
