import { z } from 'zod';
import { defineLedger } from '../ledger-definition';
import { instant, pastDateTimeInput, recordRef, safeText } from '../ledger-fields';

/** 一(三)1: the kinds of credential the letter names. */
export const credentialTypes = ['api-key', 'account-password', 'ip-whitelist', 'other'] as const;
export type CredentialType = (typeof credentialTypes)[number];

/**
 * What is kept of a secret typed once: never the secret, only enough to tell
 * later whether a key in hand is the same one — its last characters and a
 * salted SHA-256 (inside the sealed row).
 */
export const secretFingerprintSchema = z.object({
  lastCharacters: z.string().max(4),
  salt: z.string().min(16).max(64),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type SecretFingerprint = z.infer<typeof secretFingerprintSchema>;

/** One rotation: when, the new key's fingerprint if typed, and the leak that forced it, if any. */
export const rotationSchema = z.object({
  at: instant,
  fingerprint: secretFingerprintSchema.nullable(),
  note: z.string().max(200),
  leakId: z.string().nullable(),
});
export type Rotation = z.infer<typeof rotationSchema>;

export const apiCredentialPayloadSchema = z.object({
  name: z.string().min(1).max(40),
  type: z.enum(credentialTypes),
  custodianId: z.string(),
  scope: z.string().max(200),
  issuedAt: instant,
  fingerprint: secretFingerprintSchema.nullable(),
  rotations: z.array(rotationSchema),
  retiredAt: instant.nullable(),
  note: z.string().max(200),
});
export type ApiCredentialPayload = z.infer<typeof apiCredentialPayloadSchema>;

/** The 接口凭证 form. The secret is optional and never stored: it becomes the fingerprint. */
export function apiCredentialFormSchema(now: () => number) {
  return z.object({
    name: safeText(40, { required: true }),
    type: z.enum(credentialTypes),
    custodianId: recordRef,
    scope: safeText(200, { required: true }),
    issuedAt: pastDateTimeInput(now),
    secret: z.string().max(512, { message: 'tooLong' }),
    note: safeText(200),
  });
}
export type ApiCredentialForm = z.infer<ReturnType<typeof apiCredentialFormSchema>>;

/** The form to record a rotation. */
export function rotationFormSchema(now: () => number) {
  return z.object({ at: pastDateTimeInput(now), secret: z.string().max(512, { message: 'tooLong' }), note: safeText(200) });
}
export type RotationForm = z.infer<ReturnType<typeof rotationFormSchema>>;

/** The last rotation's time, or null before the first. */
export function lastRotationAt(payload: ApiCredentialPayload): number | null {
  return payload.rotations.reduce<number | null>((latest, rotation) => (latest === null || rotation.at > latest ? rotation.at : latest), null);
}

/** 接口凭证台账 (一(三)1, 一(三)2): each credential, its custodian and scope, and its own 90-day rotation clock. */
export const apiCredentialLedger = defineLedger({
  id: 'api-credential',
  ledger: 'api-credential',
  primary: true,
  clause: '一(三)1',
  retained: true,
  table: 'apiCredentials',
  indexes: ['[issuedAt+id]', 'status', 'custodianId'],
  order: '[issuedAt+id]',
  payload: apiCredentialPayloadSchema,
  index: (payload) => ({
    issuedAt: payload.issuedAt,
    lastRotatedAt: lastRotationAt(payload) ?? 0,
    retiredAt: payload.retiredAt ?? 0,
    status: payload.retiredAt === null ? 'active' : 'retired',
    custodianId: payload.custodianId,
  }),
  columns: [
    { id: 'name', format: 'text', value: (payload) => payload.name },
    { id: 'type', format: 'enum', value: (payload) => payload.type },
    { id: 'custodian', format: 'ref', ref: 'staff', value: (payload) => payload.custodianId },
    { id: 'scope', format: 'text', value: (payload) => payload.scope },
    { id: 'issuedAt', format: 'datetime', value: (payload) => payload.issuedAt },
    { id: 'lastRotatedAt', format: 'datetime', value: (payload) => lastRotationAt(payload) },
    { id: 'lastCharacters', format: 'text', value: (payload) => (payload.rotations.at(-1)?.fingerprint ?? payload.fingerprint)?.lastCharacters ?? null },
    { id: 'retiredAt', format: 'datetime', exportOnly: true, value: (payload) => payload.retiredAt },
    { id: 'note', format: 'text', exportOnly: true, value: (payload) => payload.note },
  ],
  attachments: [{ id: 'authorisation', accepts: ['pdf', 'image'] }],
  filters: [{ field: 'status', values: ['active', 'retired'] }],
  search: 'text',
  describe: (payload) => payload.name,
  clocks: (record) => {
    const { issuedAt, lastRotatedAt, retiredAt } = record.index;
    if (typeof issuedAt !== 'number') return [];
    const closedAt = typeof retiredAt === 'number' && retiredAt > 0 ? retiredAt : null;
    const rotation = {
      obligation: 'credential-rotation',
      source: 'api-credential',
      recordId: record.id,
      startedAt: issuedAt,
      doneAt: typeof lastRotatedAt === 'number' && lastRotatedAt > 0 ? lastRotatedAt : null,
      closedAt,
    } as const;
    // 一(三)1: a registered credential with its custodian is what custody asks for.
    return closedAt === null ? [rotation, { obligation: 'credential-custody', source: 'api-credential', recordId: record.id, startedAt: null, doneAt: issuedAt, closedAt: null }] : [rotation];
  },
});
