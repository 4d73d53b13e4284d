import type { PersonalInformationFields } from '@shared/ledgers/personal-information.schema';
import { createWebHost } from '@renderer/host/web-host';
import {
  findPersonalInformationByPhone,
  importPersonalInformation,
  pagePersonalInformation,
} from '@renderer/ledgers/personal-information.repository';
import { createAppServices } from '@renderer/session/app-services';
import { browserIdbEnvironment } from '@renderer/storage/idb-environment';
import { openWorkspaceDbOrThrow } from '@renderer/storage/workspace-db';
import type { PageCursor, WorkspaceStore } from '@renderer/storage/workspace-store';
import { createBackupBench } from './backup-harness';
import { measureDashboardUpdates } from './dashboard-harness';
import { createImportBench } from './import-harness';
import { createPdfBench } from './pdf-harness';
import { openRawPersonalInformationDb } from './raw-ledger-db';

// Runs inside Chromium on the app's own origin, with the app's own storage
// code, driven by tests/bench/storage.bench.ts. Never shipped.

const passphrase = 'bench 老樟树下的青砖巷 Kq7!mz';
const services = createAppServices(createWebHost());
let rows: PersonalInformationFields[] = [];
let store: WorkspaceStore | null = null;
let workspaceId = '';

function syntheticRows(count: number): PersonalInformationFields[] {
  const scenarios = ['verification-code', 'account-security', 'business-reminder'] as const;
  const start = Date.UTC(2025, 0, 1);
  return Array.from({ length: count }, (_, i) => ({
    phone: `1${3 + (i % 7)}${String(100_000_000 + ((i * 7_919) % 900_000_000)).padStart(9, '0')}`,
    name: `测试用户${i}`,
    scenario: scenarios[i % 3]!,
    source: i % 2 === 0 ? '门店会员登记表' : '小程序注册页',
    consent: 'written',
    collectedAt: start + i * 60_000,
    usage: '发送验证码',
    evidenceIds: [],
    batchId: '',
  }));
}

function requireStore(): WorkspaceStore {
  if (store === null) throw new Error('no store');
  return store;
}

async function rawInsert(): Promise<number> {
  const name = `bench-raw-${Date.now()}`;
  const db = await openRawPersonalInformationDb(name);
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const transaction = db.transaction('personalInformation', 'readwrite', { durability: 'strict' });
    const objects = transaction.objectStore('personalInformation');
    rows.forEach((row, i) => {
      objects.put({ ...row, id: `r${String(i).padStart(8, '0')}`, createdAt: row.collectedAt, deletionDueAt: 0, status: 'active', phoneIndex: row.phone, batchId: '' });
    });
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('write failed'));
  });
  const elapsed = performance.now() - started;
  db.close();
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = resolve;
  });
  return elapsed;
}

async function encryptedInsert(): Promise<number> {
  const created = await services.vault.create(`bench-${Date.now() % 100_000}`, passphrase);
  store?.close();
  store = created.store;
  workspaceId = created.summary.id;
  const started = performance.now();
  await importPersonalInformation(created.store, rows);
  return performance.now() - started;
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function lookups(count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const row = rows[(i * 4_999) % rows.length]!;
    samples.push(await time(async () => {
      const found = await findPersonalInformationByPhone(requireStore(), row.phone);
      if (found === null || found.length === 0) throw new Error('lookup missed');
    }));
  }
  return samples;
}

async function pages(offset: number, count: number): Promise<number[]> {
  const current = requireStore();
  let cursor: PageCursor | null = null;
  if (offset > 0) {
    const db = await openWorkspaceDbOrThrow(current.workspaceId, browserIdbEnvironment());
    const [key] = await db.personalInformation.orderBy('[createdAt+id]').reverse().offset(offset - 1).limit(1).keys();
    db.close();
    const [createdAt, id] = key as unknown as [number, string];
    cursor = { key: createdAt, id };
  }
  const samples: number[] = [];
  for (let i = 0; i < count; i += 1) {
    samples.push(await time(async () => {
      const page = await pagePersonalInformation(current, cursor, 50);
      if (page.rows.length !== 50) throw new Error('short page');
    }));
  }
  return samples;
}

async function unlocks(count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i += 1) {
    store?.close();
    store = null;
    samples.push(await time(async () => {
      store = (await services.vault.unlockWithPassphrase(workspaceId, passphrase)).store;
    }));
  }
  return samples;
}

const api = {
  prepare: (count: number) => {
    rows = syntheticRows(count);
    return rows.length;
  },
  rawInsert,
  encryptedInsert,
  lookups,
  pages,
  unlocks,
  passphrase: () => passphrase,
  workspaceLabel: async () => (await services.registry.get(workspaceId))?.label ?? '',
};

const backupBench = createBackupBench({
  services,
  passphrase,
  store: requireStore,
  workspaceId: () => workspaceId,
  lock: () => {
    store?.close();
    store = null;
  },
});

Object.assign(window, {
  storageBench: api,
  pdfBench: createPdfBench(services, passphrase),
  backupBench,
  importBench: createImportBench(services, passphrase),
  dashboardBench: { updates: (runs: number) => measureDashboardUpdates(requireStore(), runs) },
});
document.getElementById('state')!.textContent = 'ready';

export type StorageBenchApi = typeof api;
