import { useEffect, useState } from 'react';
import type { ReminderOverview } from '@shared/reminders/reminder-schedule';
import { useSession } from '@renderer/session/session-context';

/** Every workspace's kept reminder schedule, read from the host (no workspace is unlocked for it). */
export function useScheduleOverview(version: number): ReminderOverview | null {
  const { services } = useSession();
  const [overview, setOverview] = useState<ReminderOverview | null>(null);
  useEffect(() => {
    let active = true;
    void services.host.reminders.overview().then((result) => active && setOverview(result.ok ? result.value : {}));
    return () => {
      active = false;
    };
  }, [services, version]);
  return overview;
}
