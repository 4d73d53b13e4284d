import { toChinaDateString, toChinaDateTimeString } from '@shared/time/china-time';

/** A date in China time, as the UI shows it. */
export function formatDate(epochMs: number): string {
  return toChinaDateString(epochMs);
}

/** A date and time in China time, as the UI shows it. */
export function formatDateTime(epochMs: number): string {
  return toChinaDateTimeString(epochMs);
}

/** A byte count in KB, MB or GB. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  return bytes >= 1024 ** 2 ? `${Math.round(bytes / 1024 ** 2)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
