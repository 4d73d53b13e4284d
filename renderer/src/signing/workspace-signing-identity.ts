import { z } from 'zod';
import { base64ToBytesOrThrow, bytesToBase64 } from '@shared/encoding/base64';
import { AppError } from '@shared/errors/app-error';
import { createSigningKeyMaterial, importSigningKey, legacyPkcs12ToKeyMaterialOrThrow, type SigningKey, type SigningKeyMaterial } from '@renderer/pdf/signing-key';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';

// The key is stored without a password of its own: its record is sealed with
// the workspace's data key like every other (see SigningKeyMaterial).
const storedKeySchema = z.object({ format: z.literal('pkcs8'), pkcs8: z.string(), spki: z.string() });

// As the first release stored it: a PKCS#12 with its password beside it.
const legacyIdentitySchema = z.object({ p12: z.string(), passphrase: z.string(), certificatePem: z.string(), fingerprint: z.string() });

/**
 * The workspace's PDF-signing key: made on first use, then kept sealed in
 * the workspace (and in its backups) like any other record. A key kept the
 * first release's way is rewritten in place, without its password.
 */
export function getOrCreateSigningKeyMaterial(store: WorkspaceStore, now: number): Promise<SigningKeyMaterial> {
  // One in flight per workspace: preparing and signing at once must not make two keys.
  let pending = inFlight.get(store);
  if (pending === undefined) {
    pending = readOrCreate(store, now).finally(() => inFlight.delete(store));
    inFlight.set(store, pending);
  }
  return pending;
}

const inFlight = new WeakMap<WorkspaceStore, Promise<SigningKeyMaterial>>();

/**
 * The workspace's key imported for signing, kept for as long as this
 * unlocked store lives (locking drops the store, and the key with it).
 */
export function openSigningKey(store: WorkspaceStore, now: number): Promise<SigningKey> {
  let opened = openedKeys.get(store);
  if (opened === undefined) {
    opened = getOrCreateSigningKeyMaterial(store, now).then((material) => importSigningKey(crypto.subtle, material));
    opened.catch(() => openedKeys.delete(store));
    openedKeys.set(store, opened);
  }
  return opened;
}

const openedKeys = new WeakMap<WorkspaceStore, Promise<SigningKey>>();

function toFields(material: SigningKeyMaterial) {
  return { format: 'pkcs8', pkcs8: bytesToBase64(material.pkcs8), spki: bytesToBase64(material.spki) } as const;
}

async function readOrCreate(store: WorkspaceStore, now: number): Promise<SigningKeyMaterial> {
  const page = await store.page('signingKeys', { index: '[createdAt+id]', limit: 1, direction: 'desc' });
  const existing = page.rows[0];
  if (existing !== undefined) {
    const stored = storedKeySchema.safeParse(existing.fields);
    if (stored.success) return { pkcs8: base64ToBytesOrThrow(stored.data.pkcs8), spki: base64ToBytesOrThrow(stored.data.spki) };
    const legacy = legacyIdentitySchema.safeParse(existing.fields);
    if (!legacy.success) throw new AppError('vault/record-unreadable');
    let material: SigningKeyMaterial;
    try {
      material = legacyPkcs12ToKeyMaterialOrThrow(base64ToBytesOrThrow(legacy.data.p12), legacy.data.passphrase);
    } catch (cause) {
      throw new AppError('vault/record-unreadable', { cause });
    }
    await store.putRecord('signingKeys', { id: existing.id, index: existing.index, fields: toFields(material) });
    return material;
  }
  const material = await createSigningKeyMaterial(crypto.subtle);
  await store.putRecord('signingKeys', { index: { createdAt: now }, fields: toFields(material) });
  return material;
}
