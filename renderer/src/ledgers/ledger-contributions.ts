import type { LedgerId } from '@shared/ledgers/ledger-registry';
import { apiCredentialContribution } from './contributions/api-credential.contribution';
import { completionContribution } from './contributions/completion.contribution';
import { credentialLeakContribution } from './contributions/credential-leak.contribution';
import { forceMajeureContribution } from './contributions/force-majeure.contribution';
import { personalInformationContribution } from './contributions/personal-information.contribution';
import { personalInformationDeletionContribution } from './contributions/personal-information-deletion.contribution';
import { personalInformationExportContribution } from './contributions/personal-information-export.contribution';
import { personalInformationImportContribution } from './contributions/personal-information-import.contribution';
import { securityIncidentContribution } from './contributions/security-incident.contribution';
import { staffContribution } from './contributions/staff.contribution';
import type { AnyLedgerContribution } from './ledger-contribution';

/**
 * The form (and workflow panel) of every ledger of the registry: a ledger
 * without one fails the type check here.
 */
const contributions = {
  staff: staffContribution,
  'personal-information': personalInformationContribution,
  'personal-information-import': personalInformationImportContribution,
  'personal-information-deletion': personalInformationDeletionContribution,
  'personal-information-export': personalInformationExportContribution,
  'api-credential': apiCredentialContribution,
  'credential-leak': credentialLeakContribution,
  'security-incident': securityIncidentContribution,
  training: completionContribution,
  'emergency-drill': completionContribution,
  'self-inspection': completionContribution,
  'management-policy': completionContribution,
  'force-majeure': forceMajeureContribution,
} satisfies Record<LedgerId, unknown>;

/** The screen side of a ledger. */
export function ledgerContributionOf(id: LedgerId): AnyLedgerContribution {
  return contributions[id];
}
