import type { WorkspaceMigration } from './workspace-migration';

// Version 3 adds the personal-information ledger's import batches, its
// service-end and deletion records, and the record of full-number exports
// (new tables from the registry). No stored row changes: the ledger's rows
// already carried their batch id, '' for every row entered by hand.

/** Version 3: imports, deletions and full-number exports of personal information. */
export const migration003 = {
  version: 3,
  rewrites: [],
  migrateRow: () => null,
} as const satisfies WorkspaceMigration;
