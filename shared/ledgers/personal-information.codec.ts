import { z } from 'zod';
import { consentMethods, type PersonalInformationFields } from './personal-information.schema';
import { agreedScenarios, consentedScenarioIdSchema, isAgreedScenario } from './scenario-id';

// The sealed payload of a row is positional and enums travel as their index:
// a ledger may hold hundreds of thousands of rows, and every byte is written,
// encrypted and read again. The collection time and the import batch are the
// row's clear (and authenticated) index values, so they are not stored twice.
// An agreed scenario travels as its index (as every row has since the first
// release); a new scenario a scope change added (一(三)3) as its id.
const packedSchema = z.tuple([
  z.string(),
  z.string(),
  z.union([z.number().int().min(0).max(agreedScenarios.length - 1), consentedScenarioIdSchema]),
  z.string(),
  z.number().int().min(0).max(consentMethods.length - 1),
  z.string(),
  z.array(z.string()),
]);

export type PackedPersonalInformation = z.infer<typeof packedSchema>;

/** The sealed form of a personal-information entry. */
export function packPersonalInformation(fields: PersonalInformationFields): PackedPersonalInformation {
  return [
    fields.phone,
    fields.name,
    isAgreedScenario(fields.scenario) ? agreedScenarios.indexOf(fields.scenario) : fields.scenario,
    fields.source,
    consentMethods.indexOf(fields.consent),
    fields.usage,
    [...fields.evidenceIds],
  ];
}

/** Reads a sealed entry back; null when it is not one. */
export function unpackPersonalInformation(packed: unknown, collectedAt: number, batchId = ''): PersonalInformationFields | null {
  const parsed = packedSchema.safeParse(packed);
  if (!parsed.success) return null;
  const [phone, name, scenario, source, consent, usage, evidenceIds] = parsed.data;
  return {
    phone,
    name,
    scenario: typeof scenario === 'number' ? agreedScenarios[scenario]! : scenario,
    source,
    consent: consentMethods[consent]!,
    collectedAt,
    usage,
    evidenceIds,
    batchId,
  };
}
