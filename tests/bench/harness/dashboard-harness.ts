import { calendarDataSchema, createWorkCalendar } from '@shared/calendar/work-calendar';
import type { ApiCredentialPayload } from '@shared/ledgers/definitions/api-credential.ledger';
import { apiCredentialLedger } from '@shared/ledgers/definitions/api-credential.ledger';
import { forceMajeureLedger, type ForceMajeurePayload } from '@shared/ledgers/definitions/force-majeure.ledger';
import { securityIncidentLedger, type SecurityIncidentPayload } from '@shared/ledgers/definitions/security-incident.ledger';
import type { AnyLedgerDefinition } from '@shared/ledgers/ledger-definition';
import { computeObligations } from '@shared/obligations/obligation-engine';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import { applyChange, loadObligationSources, toObligationInput, type ObligationSources } from '@renderer/obligations/obligation-records';
import { importRecordBatches, inBatches } from '@renderer/storage/bulk-import';
import type { SealedTableName } from '@shared/storage/workspace-schema';
import type { StoreChange, WorkspaceStore } from '@renderer/storage/workspace-store';
import bundledCalendar from '../../../assets/calendar/china-2004-2026.json';

// What 首页 does after a write, on the bench's workspace (100,000 phone
// numbers plus 1,000 each of credentials, incidents and force-majeure
// events): the store announces the change, the changed record's clocks are
// read again, the engine runs over every clock. Driven by
// tests/bench/dashboard.bench.ts. Never shipped.

const day = 86_400_000;
const calendar = createWorkCalendar([calendarDataSchema.parse(bundledCalendar)]);

const credential = (i: number, now: number): ApiCredentialPayload => ({
  name: `凭证${i}`,
  type: 'api-key',
  custodianId: 'p',
  scope: '验证码',
  issuedAt: now - (i % 300) * day,
  fingerprint: null,
  rotations: i % 2 === 0 ? [{ at: now - (i % 120) * day, fingerprint: null, note: '', leakId: null }] : [],
  retiredAt: null,
  note: '',
});
const incident = (i: number, now: number): SecurityIncidentPayload => ({
  type: 'data-leak',
  grade: 'general',
  discoveredAt: now - i * 3_600_000,
  summary: `事件${i}`,
  cyberspaceAuthority: '网信办',
  telecomAuthority: '通信管理局',
  contain: null,
  notify: null,
  report: null,
  users: null,
  progress: [],
  closedAt: i % 4 === 0 ? now : null,
  closingSummary: '',
});
const event = (i: number, now: number): ForceMajeurePayload => ({
  kind: 'natural-disaster',
  occurredAt: now - i * day,
  description: `事件${i}`,
  impact: '影响',
  notice: null,
  endedAt: now - i * day + 3_600_000,
  remediation: null,
});

async function fill<Payload>(store: WorkspaceStore, definition: AnyLedgerDefinition, payloads: readonly Payload[]): Promise<void> {
  const repository = createLedgerRepository(store, definition);
  async function* batches() {
    for (const batch of inBatches(payloads, 500)) yield await Promise.all(batch.map((payload) => repository.toValidatedRow(store.newId(), payload)));
  }
  await importRecordBatches(store, definition.table as SealedTableName, batches());
}

/** Fills the event ledgers, then times write → announced change → clocks read again → engine, `runs` times. */
export async function measureDashboardUpdates(store: WorkspaceStore, runs: number): Promise<{ samples: number[]; clocks: number }> {
  const now = Date.now();
  const count = Array.from({ length: 1_000 }, (_, i) => i);
  await fill(store, apiCredentialLedger, count.map((i) => credential(i, now)));
  await fill(store, securityIncidentLedger, count.map((i) => incident(i, now)));
  await fill(store, forceMajeureLedger, count.map((i) => event(i, now)));
  let sources: ObligationSources = await loadObligationSources(store);
  const incidents = createLedgerRepository(store, securityIncidentLedger);
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const updated = new Promise<void>((resolve) => {
      const stop = store.onChange((change: StoreChange) => {
        stop();
        void applyChange(store, sources, change).then((next) => {
          sources = next;
          computeObligations(toObligationInput(next), calendar, Date.now());
          resolve();
        });
      });
    });
    const started = performance.now();
    await incidents.add(incident(10_000 + i, Date.now()));
    await updated;
    samples.push(performance.now() - started);
  }
  return { samples, clocks: toObligationInput(sources).clocks.length };
}
