import { Dexie, type Table } from 'dexie';
import { onboardingRecordSchema, type OnboardingRecord } from '@shared/agent/onboarding';
import { autoLockMinutesRange, unlockRetryDelayMs, workspaceSummarySchema, type WorkspaceSummary } from '@shared/storage/workspace-registry';
import type { AnchorMirror } from './audit-log';
import type { IdbEnvironment } from './idb-environment';

const registryDbName = 'sms-ca-registry';

const auditAnchorKey = (workspaceId: string) => `auditAnchor:${workspaceId}`;
const pendingRestorePrefix = 'pendingRestore:';

/** A restore begun and not yet finished: finished or dropped at the next start, by what the database holds. */
export type PendingRestore = Readonly<{ workspaceId: string; label: string; restoreId: string; at: number }>;

/** A device-level record that outlives the workspace it names. */
export type RegistryEvent = Readonly<{ seq?: number; at: number; kind: 'workspace-deleted'; workspaceId: string }>;

/** A device-level setting (no personal data): the imported calendars, and the like. */
export type RegistrySetting = Readonly<{ key: string; value: unknown }>;

type RegistryDb = Dexie & {
  workspaces: Table<WorkspaceSummary, string>;
  events: Table<RegistryEvent, number>;
  settings: Table<RegistrySetting, string>;
  onboardings: Table<OnboardingRecord, string>;
};

/** The facts of a signed letter the agent's day list keeps. */
export type OnboardingSigned = Readonly<{ merchantName: string; signedAt: number; documentDigest: string }>;

/**
 * The list of workspaces on this device, readable while all are locked: ids,
 * labels, timestamps, auto-lock setting and unlock attempts. No key material.
 */
export class WorkspaceRegistry {
  private readonly db: RegistryDb;
  private readonly settingListeners = new Set<(key: string) => void>();

  constructor(environment: IdbEnvironment) {
    this.db = new Dexie(registryDbName, {
      indexedDB: environment.indexedDB,
      IDBKeyRange: environment.IDBKeyRange,
      chromeTransactionDurability: 'strict',
    }) as RegistryDb;
    this.db.version(1).stores({ workspaces: 'id, lastOpenedAt', events: '++seq, at' });
    // 2: device settings (imported holiday calendars).
    this.db.version(2).stores({ settings: 'key' });
    // 3: the agent's onboarding records (no personal data), kept after a merchant's workspace is cleaned up.
    this.db.version(3).stores({ onboardings: 'workspaceId, startedAt' });
  }

  /**
   * Starts opening the database, so that the start screen's first query
   * finds it open. A failure is not reported here: the query that follows
   * opens it again and reports.
   */
  openEarly(): void {
    this.db.open().catch(() => undefined);
  }

  /** All workspaces, most recently opened first; rows that do not parse are left out. */
  async list(): Promise<WorkspaceSummary[]> {
    const rows = await this.db.workspaces.orderBy('lastOpenedAt').reverse().toArray();
    return rows.flatMap((row) => {
      const parsed = workspaceSummarySchema.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    });
  }

  async get(id: string): Promise<WorkspaceSummary | null> {
    const row = await this.db.workspaces.get(id);
    const parsed = workspaceSummarySchema.safeParse(row);
    return parsed.success ? parsed.data : null;
  }

  async add(id: string, label: string, now: number): Promise<WorkspaceSummary> {
    const summary: WorkspaceSummary = {
      id,
      label,
      createdAt: now,
      lastOpenedAt: now,
      autoLockMinutes: autoLockMinutesRange.default,
      failedAttempts: 0,
      retryAfter: 0,
    };
    await this.db.workspaces.put(summary);
    return summary;
  }

  async update(id: string, changes: Partial<Omit<WorkspaceSummary, 'id'>>): Promise<void> {
    await this.db.workspaces.update(id, changes);
  }

  /** Counts a failed unlock and returns when the next attempt is allowed. */
  async recordFailedAttempt(id: string, now: number): Promise<number> {
    const current = await this.get(id);
    const failedAttempts = (current?.failedAttempts ?? 0) + 1;
    const retryAfter = now + unlockRetryDelayMs(failedAttempts);
    await this.db.workspaces.update(id, { failedAttempts, retryAfter });
    return retryAfter;
  }

  async recordSuccessfulUnlock(id: string, now: number): Promise<void> {
    await this.db.workspaces.update(id, { failedAttempts: 0, retryAfter: 0, lastOpenedAt: now });
  }

  /**
   * Removes a workspace's entry and the registry's copy of its audit head; an
   * onboarded merchant's record, in the same transaction, is marked cleaned
   * up: the record stays, the workspace goes.
   */
  async remove(id: string, now: number): Promise<void> {
    await this.db.transaction('rw', [this.db.workspaces, this.db.settings, this.db.onboardings], async () => {
      await this.db.workspaces.delete(id);
      await this.db.settings.delete(auditAnchorKey(id));
      const record = await this.onboarding(id);
      if (record !== null) await this.db.onboardings.put({ ...record, cleanedAt: now });
    });
  }

  /**
   * The registry's copy of a workspace's signed audit head: outside the
   * workspace's database, so that wiping or rolling back its log there
   * leaves this one to tell. Kept with the device settings (no listener is
   * told: it changes with every write).
   */
  async readAuditAnchor(workspaceId: string): Promise<unknown> {
    return (await this.db.settings.get(auditAnchorKey(workspaceId)))?.value ?? null;
  }

  async writeAuditAnchor(workspaceId: string, anchor: unknown): Promise<void> {
    await this.db.settings.put({ key: auditAnchorKey(workspaceId), value: anchor });
  }

  /** The registry's copy of a workspace's audit head, as the store reads and writes it. */
  anchorMirror(workspaceId: string): AnchorMirror {
    return { read: () => this.readAuditAnchor(workspaceId), write: (anchor) => this.writeAuditAnchor(workspaceId, anchor) };
  }

  /** Notes a restore before it replaces anything, so that one cut short is finished or dropped at the next start. */
  async beginRestore(pending: PendingRestore): Promise<void> {
    await this.db.settings.put({ key: `${pendingRestorePrefix}${pending.workspaceId}`, value: pending });
  }

  async pendingRestores(): Promise<PendingRestore[]> {
    const rows = await this.db.settings.where('key').startsWith(pendingRestorePrefix).toArray();
    return rows.map((row) => row.value as PendingRestore);
  }

  /**
   * After the restored data committed: in one transaction, the workspace is
   * listed (or keeps its entry, with the backup's label), the registry's copy
   * of its audit head becomes the restored one, and the restore is done.
   */
  async completeRestore(pending: PendingRestore, anchor: unknown, now: number): Promise<WorkspaceSummary> {
    return this.db.transaction('rw', [this.db.workspaces, this.db.settings], async () => {
      const existing = await this.get(pending.workspaceId);
      const summary: WorkspaceSummary =
        existing === null
          ? { id: pending.workspaceId, label: pending.label, createdAt: now, lastOpenedAt: now, autoLockMinutes: autoLockMinutesRange.default, failedAttempts: 0, retryAfter: 0 }
          : { ...existing, label: pending.label };
      await this.db.workspaces.put(summary);
      await this.db.settings.put({ key: auditAnchorKey(pending.workspaceId), value: anchor });
      await this.db.settings.delete(`${pendingRestorePrefix}${pending.workspaceId}`);
      return summary;
    });
  }

  /** A restore that did not replace anything: forgotten. */
  async dropRestore(workspaceId: string): Promise<void> {
    await this.db.settings.delete(`${pendingRestorePrefix}${workspaceId}`);
  }

  /** Keeps a record that a workspace was deleted on this device (its own audit log goes with it). */
  async logDeletion(workspaceId: string, now: number): Promise<void> {
    await this.db.events.add({ at: now, kind: 'workspace-deleted', workspaceId });
  }

  async events(): Promise<RegistryEvent[]> {
    return this.db.events.orderBy('seq').toArray();
  }

  async getSetting(key: string): Promise<unknown> {
    return (await this.db.settings.get(key))?.value;
  }

  /** Saves a device setting, then tells the listeners which one changed. */
  async setSetting(key: string, value: unknown): Promise<void> {
    await this.db.settings.put({ key, value });
    for (const listener of this.settingListeners) listener(key);
  }

  /** Listens to saved settings (an imported calendar); returns the function that stops listening. */
  onSettingChange(listener: (key: string) => void): () => void {
    this.settingListeners.add(listener);
    return () => this.settingListeners.delete(listener);
  }

  /** 新商户签约: the workspace just created is a merchant onboarded by the agent. */
  async startOnboarding(workspaceId: string, now: number): Promise<void> {
    const record: OnboardingRecord = { workspaceId, startedAt: now, merchantName: null, signedAt: null, documentDigest: null, handedOverAt: null, bundleDigest: null, agentName: null, cleanedAt: null };
    await this.db.onboardings.put(onboardingRecordSchema.parse(record));
  }

  /** The agent's onboarding records, oldest first; rows that do not parse are left out. */
  async onboardings(): Promise<OnboardingRecord[]> {
    const rows = await this.db.onboardings.orderBy('startedAt').toArray();
    return rows.flatMap((row) => {
      const parsed = onboardingRecordSchema.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    });
  }

  async onboarding(workspaceId: string): Promise<OnboardingRecord | null> {
    const parsed = onboardingRecordSchema.safeParse(await this.db.onboardings.get(workspaceId));
    return parsed.success ? parsed.data : null;
  }

  /** A letter signed in a workspace the agent onboarded (no-op for any other workspace). */
  async noteSigned(workspaceId: string, signed: OnboardingSigned): Promise<void> {
    await this.changeOnboarding(workspaceId, (record) => ({ ...record, ...signed }));
  }

  /** The hand-over bundle was given to the merchant. */
  async noteHandedOver(workspaceId: string, handedOver: Readonly<{ at: number; bundleDigest: string; agentName: string }>): Promise<void> {
    await this.changeOnboarding(workspaceId, (record) => ({ ...record, handedOverAt: handedOver.at, bundleDigest: handedOver.bundleDigest, agentName: handedOver.agentName }));
  }

  private async changeOnboarding(workspaceId: string, change: (record: OnboardingRecord) => OnboardingRecord): Promise<void> {
    await this.db.transaction('rw', this.db.onboardings, async () => {
      const record = await this.onboarding(workspaceId);
      if (record !== null) await this.db.onboardings.put(onboardingRecordSchema.parse(change(record)));
    });
  }

  close(): void {
    this.db.close();
  }
}
