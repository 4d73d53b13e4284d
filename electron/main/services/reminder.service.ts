import { createReminderRunner, type PersistedReminders, type ReminderNotice } from '@shared/reminders/reminder-runner';
import { reminderItemSchema, type ReminderItem, type ReminderSettings, type WorkspaceSchedule } from '@shared/reminders/reminder-schedule';
import { toChinaDateTimeString } from '@shared/time/china-time';
import { z } from 'zod';

export type ReminderServiceDependencies = Readonly<{
  now: () => number;
  setTimer: (run: () => void, delayMs: number) => unknown;
  clearTimer: (timer: unknown) => void;
  notificationsSupported: boolean;
  show: (notification: { title: string; body: string; onClick: () => void }) => void;
  openItem: (itemId: string) => void;
  load: () => unknown;
  save: (state: PersistedReminders & { schedules: Record<string, readonly ReminderItem[]> }) => void;
  loginItem: { get: () => boolean; set: (enabled: boolean) => void } | null;
}>;

const persistedSchema = z.object({
  lastCheckedAt: z.number(),
  schedules: z.record(z.string(), z.array(reminderItemSchema)),
});

/** The notification's words: what is due and when, or that it is overdue; never personal data. */
export function describeReminder(notice: ReminderNotice): { title: string; body: string } {
  const when = notice.overdue ? '已逾期，请尽快处理。' : `到期时间：${toChinaDateTimeString(notice.item.dueAt)}（北京时间）。`;
  return { title: notice.item.title, body: `${notice.item.body} ${when}`.trim() };
}

/**
 * Main's side of the reminders: one schedule per workspace (so an agent's
 * laptop reminds of every merchant), kept on disk, fired as OS notifications
 * also while the window is closed, caught up after sleep or a restart.
 */
export function createReminderService(deps: ReminderServiceDependencies) {
  const restored = persistedSchema.safeParse(deps.load());
  const schedules = new Map<string, readonly ReminderItem[]>(restored.success ? Object.entries(restored.data.schedules) : []);
  const flatten = () => [...schedules.values()].flat();
  const runner = createReminderRunner(
    {
      now: deps.now,
      setTimer: deps.setTimer,
      clearTimer: deps.clearTimer,
      notify: (notice) => {
        if (!deps.notificationsSupported) return;
        deps.show({ ...describeReminder(notice), onClick: () => deps.openItem(notice.item.id) });
      },
      save: (state) => deps.save({ ...state, schedules: Object.fromEntries(schedules) }),
    },
    restored.success ? { items: flatten(), lastCheckedAt: restored.data.lastCheckedAt } : null,
  );

  return {
    setSchedule(schedule: WorkspaceSchedule): null {
      // Ids carry the workspace, so two merchants' identical duties stay apart.
      schedules.set(schedule.workspaceId, schedule.items.map((item) => ({ ...item, id: `${schedule.workspaceId}/${item.id}` })));
      runner.setSchedule(flatten());
      return null;
    },
    /** A deleted workspace: its reminders stop, here and in the file kept on disk. */
    removeWorkspace(workspaceId: string): null {
      if (!schedules.delete(workspaceId)) return null;
      runner.setSchedule(flatten());
      return null;
    },
    /** Every workspace's schedule as kept, item ids as the renderer gave them. */
    overview(): Record<string, ReminderItem[]> {
      return Object.fromEntries([...schedules].map(([workspaceId, items]) => [workspaceId, items.map((item) => ({ ...item, id: item.id.slice(workspaceId.length + 1) }))]));
    },
    settings(): ReminderSettings {
      return { notifications: deps.notificationsSupported ? 'system' : 'unsupported', startAtLogin: deps.loginItem?.get() ?? null };
    },
    setStartAtLogin(enabled: boolean): null {
      deps.loginItem?.set(enabled);
      return null;
    },
    /** At start and on resume: fire what was missed, once each. */
    catchUp: () => runner.catchUp(),
    stop: () => runner.stop(),
  };
}

export type ReminderService = ReturnType<typeof createReminderService>;
