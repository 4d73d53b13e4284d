import type { LedgerId } from '@shared/ledgers/ledger-registry';
import { apiCredentialContribution } from './contributions/api-credential.contribution';
import { contentReviewContribution } from './contributions/content-review.contribution';
import { credentialLeakContribution } from './contributions/credential-leak.contribution';
import { emergencyDrillContribution } from './contributions/emergency-drill.contribution';
import { emergencyPlanContribution } from './contributions/emergency-plan.contribution';
import { forceMajeureContribution } from './contributions/force-majeure.contribution';
import { hazardContribution } from './contributions/hazard.contribution';
import { managementPolicyContribution } from './contributions/management-policy.contribution';
import { personalInformationContribution } from './contributions/personal-information.contribution';
import { scopeChangeContribution } from './contributions/scope-change.contribution';
import { securityIncidentContribution } from './contributions/security-incident.contribution';
import { selfInspectionContribution } from './contributions/self-inspection.contribution';
import { sendingAllowlistContribution } from './contributions/sending-allowlist.contribution';
import { staffContribution } from './contributions/staff.contribution';
import { trainingContribution } from './contributions/training.contribution';
import type { AnyLedgerContribution } from './ledger-contribution';

/**
 * The form (and workflow panel) of every ledger of the registry: a ledger
 * without one fails the type check here.
 */
const contributions = {
  staff: staffContribution,
  'personal-information': personalInformationContribution,
  'api-credential': apiCredentialContribution,
  'credential-leak': credentialLeakContribution,
  'security-incident': securityIncidentContribution,
  training: trainingContribution,
  'emergency-drill': emergencyDrillContribution,
  'emergency-plan': emergencyPlanContribution,
  'self-inspection': selfInspectionContribution,
  hazard: hazardContribution,
  'management-policy': managementPolicyContribution,
  'force-majeure': forceMajeureContribution,
  'content-review': contentReviewContribution,
  'sending-allowlist': sendingAllowlistContribution,
  'scope-change': scopeChangeContribution,
} satisfies Record<LedgerId, unknown>;

/** The screen side of a ledger. */
export function ledgerContributionOf(id: LedgerId): AnyLedgerContribution {
  return contributions[id];
}
