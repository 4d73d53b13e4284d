import bundledJson from '@assets/calendar/china-2004-2026.json';
import { calendarDataSchema, createWorkCalendar, type CalendarData, type WorkCalendar } from '@shared/calendar/work-calendar';
import type { WorkspaceRegistry } from '@renderer/storage/registry-db';

/** The calendar shipped with the app (2004–2026). */
export const bundledCalendar: CalendarData = calendarDataSchema.parse(bundledJson);

const importedKey = 'calendar.imported';

/** Calendars imported on this device (newer years), valid ones only. */
export async function loadImportedCalendars(registry: WorkspaceRegistry): Promise<CalendarData[]> {
  const stored = await registry.getSetting(importedKey);
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry) => {
    const parsed = calendarDataSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Adds an imported calendar; a later import of the same years replaces the earlier one. */
export async function saveImportedCalendar(registry: WorkspaceRegistry, data: CalendarData): Promise<void> {
  const existing = await loadImportedCalendars(registry);
  const others = existing.filter((entry) => entry.coveredThrough < data.coveredFrom || entry.coveredFrom > data.coveredThrough);
  await registry.setSetting(importedKey, [...others, data]);
}

/** The working-day calendar in use: the bundled one plus every import. */
export async function loadWorkCalendar(registry: WorkspaceRegistry): Promise<WorkCalendar> {
  return createWorkCalendar([bundledCalendar, ...(await loadImportedCalendars(registry))]);
}
