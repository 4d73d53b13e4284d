import { z } from 'zod';
import { blindIndexOf, defineLedger } from '../ledger-definition';
import { packPersonalInformation, unpackPersonalInformation } from '../personal-information.codec';
import { consentMethods, type PersonalInformationFields } from '../personal-information.schema';
import { scenarioIdSchema } from '../scenario-id';

/** The sealed fields of one phone number, as the ledger reads them. */
export const personalInformationPayloadSchema = z.object({
  phone: z.string().regex(/^1\d{10}$/),
  name: z.string(),
  scenario: scenarioIdSchema,
  source: z.string(),
  consent: z.enum(consentMethods),
  collectedAt: z.number().int(),
  usage: z.string(),
  evidenceIds: z.array(z.string()),
  batchId: z.string().max(64),
}) satisfies z.ZodType<PersonalInformationFields>;

/**
 * 个人信息台账 (一(一)3): one row per phone number, findable by its exact
 * number through the keyed blind index only. Rows are packed: a workspace
 * may hold hundreds of thousands. A row carries no clock of its own: the
 * deletion duty starts with a service-end record naming the row, its import
 * batch or every row (`personal-information-deletion.ledger.ts`).
 */
export const personalInformationLedger = defineLedger({
  id: 'personal-information',
  ledger: 'personal-information',
  primary: true,
  clause: '一(一)3',
  retained: false,
  table: 'personalInformation',
  indexes: ['[createdAt+id]', '[deletionDueAt+id]', 'phoneIndex', 'status', 'batchId'],
  order: '[createdAt+id]',
  payload: personalInformationPayloadSchema,
  index: (payload) => ({ createdAt: payload.collectedAt, deletionDueAt: 0, status: 'active', phoneIndex: blindIndexOf(payload.phone), batchId: payload.batchId }),
  codec: {
    pack: packPersonalInformation,
    unpack: (sealed, index) =>
      typeof index['createdAt'] === 'number' ? unpackPersonalInformation(sealed, index['createdAt'], typeof index['batchId'] === 'string' ? index['batchId'] : '') : null,
  },
  columns: [
    { id: 'collectedAt', format: 'datetime', value: (payload) => payload.collectedAt },
    { id: 'phone', format: 'masked-phone', value: (payload) => payload.phone },
    { id: 'scenario', format: 'scenario', ref: 'scope-change', value: (payload) => payload.scenario },
    { id: 'source', format: 'text', value: (payload) => payload.source },
    { id: 'consent', format: 'enum', value: (payload) => payload.consent },
    { id: 'usage', format: 'text', exportOnly: true, value: (payload) => payload.usage },
    { id: 'evidence', format: 'yes-no', value: (payload) => payload.evidenceIds.length > 0 },
    { id: 'batch', format: 'ref', ref: 'personal-information-import', value: (payload) => payload.batchId },
  ],
  attachments: [{ id: 'consent-evidence', accepts: ['pdf', 'image'] }],
  search: 'phone',
  describe: (payload) => `${payload.phone.slice(0, 3)}****${payload.phone.slice(7)}`,
});
