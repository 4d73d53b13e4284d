import { createReminderRunner } from '@shared/reminders/reminder-runner';
import type { ReminderItem, ReminderSettings, WorkspaceSchedule } from '@shared/reminders/reminder-schedule';
import { toChinaDateTimeString } from '@shared/time/china-time';

function settings(): ReminderSettings {
  if (typeof Notification === 'undefined') return { notifications: 'unsupported', startAtLogin: null };
  const permission = Notification.permission;
  return { notifications: permission === 'granted' ? 'browser-granted' : permission === 'denied' ? 'browser-denied' : 'browser-default', startAtLogin: null };
}

/**
 * The browser mode's reminders: the shared runner on the page's timers, shown
 * with the Notification API once the user allowed it; only while the page is open.
 */
export function createWebReminders() {
  const listeners = new Set<(itemId: string) => void>();
  const schedules = new Map<string, readonly ReminderItem[]>();
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
  return {
    setSchedule(schedule: WorkspaceSchedule): null {
      schedules.set(schedule.workspaceId, schedule.items.map((item) => ({ ...item, id: `${schedule.workspaceId}/${item.id}` })));
      runner.setSchedule([...schedules.values()].flat());
      return null;
    },
    /** A deleted workspace: its reminders stop. */
    removeWorkspace(workspaceId: string): null {
      if (schedules.delete(workspaceId)) runner.setSchedule([...schedules.values()].flat());
      return null;
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
