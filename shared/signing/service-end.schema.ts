import { z } from 'zod';
import { isChinaDate } from '../calendar/china-date';

/**
 * 二(一): the day the service under a letter ended — a real date, not
 * before the letter was signed, not after today (China time). Messages are
 * keys under `dashboard.letter.error.`.
 */
export function serviceEndFormSchema(signedOn: string, today: () => string) {
  return z.object({
    endedOn: z
      .string()
      .refine(isChinaDate, { message: 'date' })
      .refine((value) => !isChinaDate(value) || value <= today(), { message: 'future' })
      .refine((value) => !isChinaDate(value) || value >= signedOn, { message: 'beforeSigning' }),
  });
}
export type ServiceEndForm = z.infer<ReturnType<typeof serviceEndFormSchema>>;
