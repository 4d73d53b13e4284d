import type { WorkspaceMigration } from './workspace-migration';

// Version 5 adds the personal-information ledger's import batches, its
// service-end and deletion records, and the record of full-number exports
// (new tables from the registry). No stored row changes: the ledger's rows
// already carried their batch id, '' for every row entered by hand.

/** Version 5: imports, deletions and full-number exports of personal information. */
export const migration005 = {
  version: 5,
  rewrites: [],
  migrateRow: () => null,
} as const satisfies WorkspaceMigration;
