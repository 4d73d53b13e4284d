import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { App, Notification as ElectronNotification, PowerMonitor } from 'electron';
import { writeFileAtomic } from './fs/atomic-write';
import { createReminderService, type ReminderService } from './services/reminder.service';

type NotificationClass = typeof ElectronNotification;

export type ReminderWiring = Readonly<{
  app: Pick<App, 'getPath' | 'getLoginItemSettings' | 'setLoginItemSettings'>;
  Notification: NotificationClass;
  powerMonitor: Pick<PowerMonitor, 'on'>;
  openItem: (itemId: string) => void;
  iconPath: string;
}>;

/**
 * Builds the reminder service with Electron's pieces: OS notifications, a
 * file in userData for the schedule, start at login, and a catch-up on start
 * and on resume from sleep.
 */
export function startReminders(wiring: ReminderWiring): ReminderService {
  const file = path.join(wiring.app.getPath('userData'), 'reminders.json');
  const service = createReminderService({
    now: () => Date.now(),
    setTimer: (run, delay) => setTimeout(run, delay),
    clearTimer: (timer) => clearTimeout(timer as NodeJS.Timeout),
    notificationsSupported: wiring.Notification.isSupported(),
    show: ({ title, body, onClick }) => {
      const notification = new wiring.Notification({ title, body, icon: wiring.iconPath, silent: false });
      notification.on('click', onClick);
      notification.show();
    },
    openItem: wiring.openItem,
    load: () => {
      try {
        return JSON.parse(readFileSync(file, 'utf8')) as unknown;
      } catch {
        return null;
      }
    },
    save: (state) => {
      writeFileAtomic(file, new TextEncoder().encode(JSON.stringify(state))).catch((error: unknown) => {
        console.error('[reminders] could not save the schedule', error instanceof Error ? error.name : typeof error);
      });
    },
    loginItem: process.platform === 'linux' ? null : {
      get: () => wiring.app.getLoginItemSettings().openAtLogin,
      set: (enabled) => wiring.app.setLoginItemSettings({ openAtLogin: enabled, args: ['--hidden'] }),
    },
  });
  service.catchUp();
  wiring.powerMonitor.on('resume', () => service.catchUp());
  return service;
}
