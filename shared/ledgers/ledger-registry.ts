import { apiCredentialLedger } from './definitions/api-credential.ledger';
import { contentReviewLedger } from './definitions/content-review.ledger';
import { credentialLeakLedger } from './definitions/credential-leak.ledger';
import { emergencyDrillLedger } from './definitions/emergency-drill.ledger';
import { emergencyPlanLedger } from './definitions/emergency-plan.ledger';
import { forceMajeureLedger } from './definitions/force-majeure.ledger';
import { hazardLedger } from './definitions/hazard.ledger';
import { managementPolicyLedger } from './definitions/management-policy.ledger';
import { personalInformationLedger } from './definitions/personal-information.ledger';
import { scopeChangeLedger } from './definitions/scope-change.ledger';
import { securityIncidentLedger } from './definitions/security-incident.ledger';
import { selfInspectionLedger } from './definitions/self-inspection.ledger';
import { sendingAllowlistLedger } from './definitions/sending-allowlist.ledger';
import { staffLedger } from './definitions/staff.ledger';
import { trainingLedger } from './definitions/training.ledger';
import type { AnyLedgerDefinition } from './ledger-definition';
import { ledgerKinds, type LedgerKind } from './ledger-kinds';

/**
 * Every ledger record type of the app. Storage tables, the 台账 cards and
 * routes, backups, the engine's input and exports are derived from this list;
 * its order is the order of cards and of backups.
 */
export const ledgerRegistry = [
  staffLedger,
  personalInformationLedger,
  apiCredentialLedger,
  credentialLeakLedger,
  securityIncidentLedger,
  trainingLedger,
  emergencyDrillLedger,
  emergencyPlanLedger,
  selfInspectionLedger,
  hazardLedger,
  managementPolicyLedger,
  forceMajeureLedger,
  contentReviewLedger,
  sendingAllowlistLedger,
  scopeChangeLedger,
] as const satisfies readonly AnyLedgerDefinition[];

export type LedgerId = (typeof ledgerRegistry)[number]['id'];
export type LedgerTableName = (typeof ledgerRegistry)[number]['table'];

const byId = new Map<string, AnyLedgerDefinition>(ledgerRegistry.map((definition) => [definition.id, definition]));
const byTable = new Map<string, AnyLedgerDefinition>(ledgerRegistry.map((definition) => [definition.table, definition]));

/** The definition of an id, or null (an address typed by hand, an old link). */
export function findLedgerDefinition(id: string): AnyLedgerDefinition | null {
  return byId.get(id) ?? null;
}

/** The definition of an id the code names; throws for an unknown one. */
export function ledgerDefinitionOrThrow(id: LedgerId): AnyLedgerDefinition {
  const definition = byId.get(id);
  if (definition === undefined) throw new RangeError(`unknown ledger ${id}`);
  return definition;
}

/** The definition whose rows live in a table, or null for the workspace's own tables. */
export function ledgerDefinitionOfTable(table: string): AnyLedgerDefinition | null {
  return byTable.get(table) ?? null;
}

/** The record types of one ledger (台账 card), its primary first. */
export function definitionsOfLedger(kind: LedgerKind): AnyLedgerDefinition[] {
  return ledgerRegistry.filter((definition) => definition.ledger === kind).sort((a, b) => Number(b.primary) - Number(a.primary));
}

/** The ledgers that have at least one record type: the cards that open something. */
export function builtLedgerKinds(): LedgerKind[] {
  return ledgerKinds.map((kind) => kind.id).filter((kind) => definitionsOfLedger(kind).length > 0);
}

/** The definitions that feed clocks to the obligation engine. */
export function clockDefinitions(): AnyLedgerDefinition[] {
  return ledgerRegistry.filter((definition) => definition.clocks !== undefined);
}
