import { z } from 'zod';
import { newPassphraseSchema } from '../storage/workspace-forms';
import { agentNameSchema } from './onboarding';

/** The registry setting that remembers the agent's name between hand-overs. */
export const agentNameSettingKey = 'agentName';

/**
 * 交接给商户: the agent's name, the merchant's new passphrase twice, and the
 * workspace's current passphrase (the agent's) to authorise. The merchant's
 * must be another: the bundle must not open with what the agent knows.
 * Messages are catalogue keys.
 */
export const handOverFormSchema = z
  .object({
    agentName: agentNameSchema,
    passphrase: newPassphraseSchema,
    confirm: z.string(),
    current: z.string().min(1, { message: 'current-required' }),
  })
  .refine((form) => form.passphrase === form.confirm, { path: ['confirm'], message: 'mismatch' })
  .refine((form) => form.passphrase.normalize('NFC') !== form.current.normalize('NFC'), { path: ['passphrase'], message: 'same-as-current' });

export type HandOverForm = z.infer<typeof handOverFormSchema>;

/** The form's fields in the order they are shown: the first with a problem is the one whose message is shown. */
export const handOverFormFields = ['agentName', 'passphrase', 'confirm', 'current'] as const satisfies ReadonlyArray<keyof HandOverForm>;
