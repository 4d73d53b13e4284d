import { z } from 'zod';

/** Shortest and longest idle time before the workspace locks itself. */
export const autoLockMinutesRange = { min: 1, max: 120, default: 10 } as const;

/**
 * What the app knows of a workspace while it is locked. The label is chosen by
 * the user and stays readable, so the UI warns not to put names or numbers in it.
 */
export const workspaceSummarySchema = z.object({
  id: z.string().regex(/^[0-9a-f]{32}$/),
  label: z.string().min(1).max(40),
  createdAt: z.number().int().nonnegative(),
  lastOpenedAt: z.number().int().nonnegative(),
  autoLockMinutes: z.number().int().min(autoLockMinutesRange.min).max(autoLockMinutesRange.max),
  failedAttempts: z.number().int().nonnegative(),
  retryAfter: z.number().int().nonnegative(),
});

export type WorkspaceSummary = z.infer<typeof workspaceSummarySchema>;

/** A workspace label as typed: trimmed, 1–40 characters, no digits run that looks like a phone number. */
export const workspaceLabelSchema = z
  .string()
  .trim()
  .min(1, { message: 'label-empty' })
  .max(40, { message: 'label-too-long' })
  .refine((label) => !/\d{7,}/.test(label), { message: 'label-has-number' });

/**
 * Wait before the next unlock attempt after `failedAttempts` failures: free
 * for the first three, then 30 s doubling up to 15 minutes.
 */
export function unlockRetryDelayMs(failedAttempts: number): number {
  if (failedAttempts < 3) return 0;
  return Math.min(30_000 * 2 ** (failedAttempts - 3), 15 * 60_000);
}
