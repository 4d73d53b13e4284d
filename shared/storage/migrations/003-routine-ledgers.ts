import type { WorkspaceMigration } from './workspace-migration';

// Version 2 kept trainings, drills, self-inspections and policies as a time
// and a note. Version 3 gives them their own records (subjects and
// attendance, the plan followed, the quarter's checklist, the policy's
// versions), adds the emergency plan's versions, the hazards of the
// self-inspections and the register of generated documents. Their schemas
// read a version-2 row as a record marked `legacy`; rewriting it stores it
// in the new shape with its new index values (a policy's status, an
// inspection's quarter).

/** Version 3: the routine ledgers of 一(四)1, 一(五)1–3 grown into real records. */
export const migration003 = {
  version: 3,
  rewrites: ['trainings', 'drills', 'selfInspections', 'policies'],
  migrateRow: (row) => ({ table: row.table, id: row.id, payload: row.fields }),
} as const satisfies WorkspaceMigration;
