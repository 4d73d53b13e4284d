import { createReminderRunner } from '@shared/reminders/reminder-runner';
import { reminderOverviewSchema, type ReminderItem, type ReminderOverview, type ReminderSettings, type WorkspaceSchedule } from '@shared/reminders/reminder-schedule';
import { toChinaDateTimeString } from '@shared/time/china-time';

const overviewKey = 'sms-ca.reminder-schedules.v1';

// Ids carry the workspace, so two merchants' identical duties stay apart.
const prefixed = (workspaceId: string, items: readonly ReminderItem[]) => items.map((item) => ({ ...item, id: `${workspaceId}/${item.id}` }));
const unprefixed = (workspaceId: string, items: readonly ReminderItem[]) => items.map((item) => ({ ...item, id: item.id.slice(workspaceId.length + 1) }));

/** The kept schedules; anything that does not read as one is dropped (the next unlock writes it again). */
function loadOverview(storage: Pick<Storage, 'getItem'> | null): ReminderOverview {
  try {
    const parsed = reminderOverviewSchema.safeParse(JSON.parse(storage?.getItem(overviewKey) ?? '{}'));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

function settings(): ReminderSettings {
  if (typeof Notification === 'undefined') return { notifications: 'unsupported', startAtLogin: null };
  const permission = Notification.permission;
  return { notifications: permission === 'granted' ? 'browser-granted' : permission === 'denied' ? 'browser-denied' : 'browser-default', startAtLogin: null };
}

/**
 * The browser mode's reminders: the shared runner on the page's timers, shown
 * with the Notification API once the user allowed it; only while the page is open.
 */
export function createWebReminders(storage: Pick<Storage, 'getItem' | 'setItem'> | null = typeof localStorage === 'undefined' ? null : localStorage) {
  const listeners = new Set<(itemId: string) => void>();
  const schedules = new Map<string, readonly ReminderItem[]>(Object.entries(loadOverview(storage)).map(([workspaceId, items]) => [workspaceId, prefixed(workspaceId, items)]));
  // What the schedules hold (titles of duties, due times; no personal data) stays across reloads, so the
  // list of workspaces can show each merchant's overdue duties without unlocking any.
  const persist = () => {
    const overview = Object.fromEntries([...schedules].map(([workspaceId, items]) => [workspaceId, unprefixed(workspaceId, items)]));
    storage?.setItem(overviewKey, JSON.stringify(overview));
  };
  const runner = createReminderRunner(
    {
      now: () => Date.now(),
      setTimer: (run, delay) => window.setTimeout(run, delay),
      clearTimer: (timer) => window.clearTimeout(timer as number),
      save: () => undefined,
      notify: (notice) => {
        if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
        const when = notice.overdue ? '已逾期，请尽快处理。' : `到期时间：${toChinaDateTimeString(notice.item.dueAt)}（北京时间）。`;
        const notification = new Notification(notice.item.title, { body: `${notice.item.body} ${when}`, tag: notice.item.id });
        notification.addEventListener('click', () => {
          window.focus();
          for (const listener of listeners) listener(notice.item.id);
        });
      },
    },
    null,
  );
  if (schedules.size > 0) runner.setSchedule([...schedules.values()].flat());
  return {
    setSchedule(schedule: WorkspaceSchedule): null {
      schedules.set(schedule.workspaceId, prefixed(schedule.workspaceId, schedule.items));
      runner.setSchedule([...schedules.values()].flat());
      persist();
      return null;
    },
    /** A deleted workspace: its reminders stop, and it leaves the kept overview. */
    removeWorkspace(workspaceId: string): null {
      if (schedules.delete(workspaceId)) runner.setSchedule([...schedules.values()].flat());
      persist();
      return null;
    },
    /** Every workspace's schedule, item ids as the renderer gave them. */
    overview(): ReminderOverview {
      return Object.fromEntries([...schedules].map(([workspaceId, items]) => [workspaceId, unprefixed(workspaceId, items)]));
    },
    settings,
    async requestPermission(): Promise<ReminderSettings> {
      if (typeof Notification !== 'undefined' && Notification.permission === 'default') await Notification.requestPermission();
      return settings();
    },
    onOpen(listener: (itemId: string) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
