import { describe, expect, it } from 'vitest';
import { messagesZhCN } from '@shared/i18n/zh-CN';
import { staffLedger } from '@shared/ledgers/definitions/staff.ledger';
import { ledgerKinds } from '@shared/ledgers/ledger-kinds';
import { clockDefinitions, definitionsOfLedger, ledgerRegistry } from '@shared/ledgers/ledger-registry';
import { deletionVerdict } from '@shared/ledgers/retention';
import { obligationCatalogue } from '@shared/obligations/obligation-catalogue';
import { workspaceTableNames, workspaceTables } from '@shared/storage/workspace-schema';

const has = (key: string) => key in messagesZhCN;

describe('the ledger registry', () => {
  it('gives every definition a unique id and table, a sealed table with its indexes, and an order index among them', () => {
    expect(new Set(ledgerRegistry.map((definition) => definition.id)).size).toBe(ledgerRegistry.length);
    expect(new Set(ledgerRegistry.map((definition) => definition.table)).size).toBe(ledgerRegistry.length);
    for (const definition of ledgerRegistry) {
      expect(workspaceTables[definition.table]).toMatchObject({ sealed: true, indexes: definition.indexes });
      expect(definition.indexes).toContain(definition.order);
      expect(definition.order).toMatch(/^\[\w+\+id\]$/);
    }
  });

  it('writes backups in registry order, between the workspace tables and the audit log', () => {
    const ledgerTables = workspaceTableNames.filter((table) => ledgerRegistry.some((definition) => definition.table === table));
    expect(ledgerTables).toEqual(ledgerRegistry.map((definition) => definition.table));
    expect(workspaceTableNames[0]).toBe('meta');
    expect(workspaceTableNames.at(-1)).toBe('audit');
  });

  it('has one primary definition per built ledger, and a card for every ledger of the letter', () => {
    for (const kind of ledgerKinds) {
      const definitions = definitionsOfLedger(kind.id);
      if (definitions.length > 0) expect(definitions.filter((definition) => definition.primary)).toHaveLength(1);
      expect(definitions[0]?.primary ?? true).toBe(true);
    }
  });

  it('has every text a definition implies in the zh-CN catalogue', () => {
    const missing: string[] = [];
    for (const definition of ledgerRegistry) {
      const prefix = `ledger.${definition.id}`;
      for (const suffix of ['title', 'holds', 'add', 'empty']) if (!has(`${prefix}.${suffix}`)) missing.push(`${prefix}.${suffix}`);
      for (const column of definition.columns) if (!has(`${prefix}.column.${column.id}`)) missing.push(`${prefix}.column.${column.id}`);
      for (const slot of definition.attachments) if (!has(`${prefix}.attachment.${slot.id}`)) missing.push(`${prefix}.attachment.${slot.id}`);
      for (const filter of definition.filters ?? []) {
        if (!has(`${prefix}.filter.${filter.field}`)) missing.push(`${prefix}.filter.${filter.field}`);
        for (const value of filter.values) if (!has(`${prefix}.enum.${filter.field}.${value}`)) missing.push(`${prefix}.enum.${filter.field}.${value}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('feeds the engine only obligations of the catalogue, from the clock ledgers', () => {
    const ids = new Set<string>(obligationCatalogue.map((entry) => entry.id));
    expect(clockDefinitions().map((definition) => definition.id)).toEqual(
      expect.arrayContaining(['api-credential', 'credential-leak', 'security-incident', 'force-majeure', 'training', 'emergency-drill', 'self-inspection', 'management-policy']),
    );
    const sampleIndex = { discoveredAt: 1, occurredAt: 1, issuedAt: 1, endedAt: 2, heldAt: 1, inspectedAt: 1, createdAt: 1 };
    for (const definition of clockDefinitions()) {
      for (const clock of definition.clocks?.({ id: 'r', index: sampleIndex }) ?? []) {
        expect(ids.has(clock.obligation)).toBe(true);
        expect(clock.source).toBe(definition.id);
        expect(clock.recordId).toBe('r');
      }
    }
  });

  it('derives clear index values that hold no personal data: a person is found by status and date only', () => {
    const index = staffLedger.index({ name: '王测试', department: '门店', role: '店长', joinedOn: '2026-01-05', leftOn: null, note: '' });
    expect(JSON.stringify(index)).not.toContain('王测试');
    expect(index).toEqual({ joinedAt: Date.parse('2026-01-05T00:00:00+08:00'), status: 'active' });
  });
});

describe('retention (二(一))', () => {
  const retained = { retained: true };
  const day = 86_400_000;
  it('keeps compliance records while the service runs and 2 years after it ends; personal data may always go', () => {
    const now = Date.parse('2026-11-28T10:00:00+08:00');
    expect(deletionVerdict(retained, { serviceEndedAt: null }, now)).toEqual({ allowed: false, reason: 'service-running' });
    const endedAt = Date.parse('2026-06-30T18:00:00+08:00');
    expect(deletionVerdict(retained, { serviceEndedAt: endedAt }, now)).toEqual({ allowed: false, reason: 'kept-until', until: Date.parse('2028-07-01T00:00:00+08:00') });
    expect(deletionVerdict(retained, { serviceEndedAt: endedAt }, Date.parse('2028-07-01T00:00:00+08:00'))).toEqual({ allowed: true });
    expect(deletionVerdict({ retained: false }, { serviceEndedAt: null }, now)).toEqual({ allowed: true });
    expect(deletionVerdict(retained, null, now + day)).toEqual({ allowed: true });
  });
});
