import { z } from 'zod';
import { base64ToBytesOrThrow, bytesToBase64 } from '@shared/encoding/base64';
import { AppError } from '@shared/errors/app-error';
import { createSigningIdentity, openSigningKeyOrThrow, type SigningIdentity, type SigningKey } from '@renderer/pdf/signing-identity';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';

const storedIdentitySchema = z.object({
  p12: z.string(),
  passphrase: z.string(),
  certificatePem: z.string(),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
});

/**
 * The workspace's PDF-signing identity: made on first use, then kept sealed
 * in the workspace (and in its backups) like any other record.
 */
export function getOrCreateSigningIdentity(store: WorkspaceStore, now: number): Promise<SigningIdentity> {
  // One in flight per workspace: preparing and signing at once must not make two identities.
  let pending = inFlight.get(store);
  if (pending === undefined) {
    pending = readOrCreate(store, now).finally(() => inFlight.delete(store));
    inFlight.set(store, pending);
  }
  return pending;
}

const inFlight = new WeakMap<WorkspaceStore, Promise<SigningIdentity>>();

export type OpenedSigningIdentity = Readonly<{ fingerprint: string; key: SigningKey }>;

/**
 * The workspace's identity with its key decoded, kept for as long as this
 * unlocked store lives (locking drops the store, and the key with it).
 */
export function openSigningIdentity(store: WorkspaceStore, now: number): Promise<OpenedSigningIdentity> {
  let opened = openedKeys.get(store);
  if (opened === undefined) {
    opened = getOrCreateSigningIdentity(store, now).then((identity) => ({ fingerprint: identity.fingerprint, key: openSigningKeyOrThrow(identity) }));
    opened.catch(() => openedKeys.delete(store));
    openedKeys.set(store, opened);
  }
  return opened;
}

const openedKeys = new WeakMap<WorkspaceStore, Promise<OpenedSigningIdentity>>();

async function readOrCreate(store: WorkspaceStore, now: number): Promise<SigningIdentity> {
  const page = await store.page('signingKeys', { index: '[createdAt+id]', limit: 1, direction: 'desc' });
  const existing = page.rows[0];
  if (existing !== undefined) {
    const parsed = storedIdentitySchema.safeParse(existing.fields);
    if (!parsed.success) throw new AppError('vault/record-unreadable');
    return { ...parsed.data, p12: base64ToBytesOrThrow(parsed.data.p12) };
  }
  const identity = await createSigningIdentity(crypto.subtle, {
    workspaceId: store.workspaceId,
    now: new Date(now),
    randomBytes: (length) => store.cryptoPort.randomBytes(length),
  });
  await store.putRecord('signingKeys', {
    index: { createdAt: now },
    fields: { p12: bytesToBase64(identity.p12), passphrase: identity.passphrase, certificatePem: identity.certificatePem, fingerprint: identity.fingerprint },
  });
  return identity;
}
