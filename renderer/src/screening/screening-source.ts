import bundledJson from '@assets/screening/content-rules.json';
import { allowlistOf, sendingAllowlistLedger } from '@shared/ledgers/definitions/sending-allowlist.ledger';
import { screenContent, type ScreeningContext } from '@shared/screening/content-screening';
import type { ScreeningHit } from '@shared/screening/hit-categories';
import { rulesInUse, screeningRulesSchema, type ScreeningRules } from '@shared/screening/screening-rules';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import type { WorkspaceRegistry } from '@renderer/storage/registry-db';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';

/** The word lists shipped with the app. */
export const bundledScreeningRules: ScreeningRules = screeningRulesSchema.parse(bundledJson);

/** Registry setting of an imported edition (device-wide, like imported calendars). */
export const importedRulesKey = 'screening.imported';

/** The edition imported on this device, if it is valid. */
export async function loadImportedRules(registry: WorkspaceRegistry): Promise<ScreeningRules | null> {
  const parsed = screeningRulesSchema.safeParse(await registry.getSetting(importedRulesKey));
  return parsed.success ? parsed.data : null;
}

/** Uses an imported edition from now on (replacing an earlier import). */
export async function saveImportedRules(registry: WorkspaceRegistry, rules: ScreeningRules): Promise<void> {
  await registry.setSetting(importedRulesKey, rules);
}

/** Goes back to the bundled lists. */
export async function clearImportedRules(registry: WorkspaceRegistry): Promise<void> {
  await registry.setSetting(importedRulesKey, null);
}

/** The word lists in use: an import at least as new as the bundled edition, else the bundled one. */
export async function loadScreeningRules(registry: WorkspaceRegistry): Promise<ScreeningRules> {
  return rulesInUse(bundledScreeningRules, await loadImportedRules(registry));
}

/** The workspace's allowlist of its own links and phone numbers, as the screening reads it. */
export async function loadAllowlist(store: WorkspaceStore): Promise<Pick<ScreeningContext, 'allowedLinks' | 'allowedPhones'>> {
  return allowlistOf((await createLedgerRepository(store, sendingAllowlistLedger).all()).records);
}

/** Screens content now, with the lists in use and the workspace's allowlist; what a record keeps of it. */
export async function screenWithCurrentLists(
  store: WorkspaceStore,
  registry: WorkspaceRegistry,
  content: string,
  scenario: ScreeningContext['scenario'],
  now: number,
): Promise<Readonly<{ at: number; edition: string; hits: ScreeningHit[] }>> {
  const [rules, allowlist] = await Promise.all([loadScreeningRules(registry), loadAllowlist(store)]);
  return { at: now, edition: rules.edition, hits: screenContent(content, { scenario, ...allowlist }, rules) };
}
