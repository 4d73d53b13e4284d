import { z } from 'zod';
import { estimatePassphraseStrength, minimumPassphraseScore } from '../crypto/passphrase-strength';
import { workspaceLabelSchema } from './workspace-registry';

/** A passphrase strong enough for a new workspace; the message is a catalogue key. */
export const newPassphraseSchema = z
  .string()
  .min(1, { message: 'passphrase-required', abort: true })
  .refine((value) => estimatePassphraseStrength(value).score >= minimumPassphraseScore, { message: 'weak' });

/** The "new workspace" form. */
export const createWorkspaceFormSchema = z
  .object({ label: workspaceLabelSchema, passphrase: newPassphraseSchema, confirm: z.string() })
  .refine((form) => form.passphrase === form.confirm, { path: ['confirm'], message: 'mismatch' });

/** The "change passphrase" form. */
export const changePassphraseFormSchema = z
  .object({ current: z.string().min(1, { message: 'required' }), passphrase: newPassphraseSchema, confirm: z.string() })
  .refine((form) => form.passphrase === form.confirm, { path: ['confirm'], message: 'mismatch' });

export type CreateWorkspaceForm = z.infer<typeof createWorkspaceFormSchema>;
export type ChangePassphraseForm = z.infer<typeof changePassphraseFormSchema>;
