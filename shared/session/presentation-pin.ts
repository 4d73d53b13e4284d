import { z } from 'zod';

/** The agent's PIN for leaving the merchant's turn: 4 to 8 digits. */
export const presentationPinSchema = z.string().regex(/^\d{4,8}$/, { message: 'pin' });

/** Starting the merchant's turn: the PIN, typed twice. */
export const startPresentationFormSchema = z
  .object({ pin: presentationPinSchema, confirm: z.string() })
  .refine((form) => form.pin === form.confirm, { message: 'pinMismatch', path: ['confirm'] });

export type StartPresentationForm = z.infer<typeof startPresentationFormSchema>;

/** Wrong PINs allowed before a pause, and the pause. */
export const presentationPinAttempts = { before: 5, pauseMs: 30_000 } as const;
