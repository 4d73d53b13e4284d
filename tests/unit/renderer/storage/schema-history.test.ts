import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspaceMigrations, workspaceSchemaVersion } from '@shared/storage/migrations/migration-list';
import { toDexieStores } from '@renderer/storage/workspace-db';

// The tables and indexes of every released schema version, as IndexedDB was
// told them. A change of tables or indexes (a new ledger, a new index) without
// a new numbered migration would reuse a version number for another layout:
// browsers that have the old one would never get the new tables.
const history = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../fixtures/schema/stores.json'), 'utf8')) as Record<string, Record<string, string | null>>;

describe('the schema history', () => {
  it('numbers migrations in order, from 2', () => {
    expect(workspaceMigrations.map((migration) => migration.version)).toEqual(workspaceMigrations.map((_migration, index) => index + 2));
  });

  it('pins the tables and indexes of the current version: a layout change needs a new numbered migration and its line in stores.json', () => {
    expect(history[String(workspaceSchemaVersion)], `no layout recorded for version ${workspaceSchemaVersion} in tests/fixtures/schema/stores.json`).toBeDefined();
    expect(toDexieStores()).toEqual(history[String(workspaceSchemaVersion)]);
  });
});
