import { migration002 } from './002-ledger-registry';
import { migration003 } from './003-routine-ledgers';
import { migration004 } from './004-content-review';
import type { WorkspaceMigration } from './workspace-migration';

/**
 * The workspace's layout history, in order: version 1 is the first release;
 * each later version is one numbered file. The schema version is the last
 * one's number.
 */
export const workspaceMigrations: readonly WorkspaceMigration[] = [migration002, migration003, migration004];

/** Version of the workspace store's layout; a store written with a higher one is refused. */
export const workspaceSchemaVersion = workspaceMigrations.at(-1)?.version ?? 1;

/** Tables kept for migrations that read them. */
export function retainedTables(): Readonly<Record<string, readonly string[]>> {
  return Object.assign({}, ...workspaceMigrations.map((migration) => migration.retainedTables ?? {})) as Record<string, readonly string[]>;
}

/** Tables of older versions that are gone. */
export function droppedTables(): readonly string[] {
  return workspaceMigrations.flatMap((migration) => migration.droppedTables ?? []);
}
