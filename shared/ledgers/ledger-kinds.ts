/**
 * The ledgers of the letter, one per obligation family, each with the clause
 * it keeps, plus the staff register the others draw people from. Each is one
 * card on 台账; the record types of a family are the definitions in
 * `ledger-registry.ts` that name it.
 */
export const ledgerKinds = [
  { id: 'personal-information', clause: '一(一)3' },
  { id: 'content-review', clause: '一(二)2' },
  { id: 'api-credential', clause: '一(三)1' },
  { id: 'security-incident', clause: '一(四)2' },
  { id: 'emergency-drill', clause: '一(四)1' },
  { id: 'training', clause: '一(五)2' },
  { id: 'self-inspection', clause: '一(五)3' },
  { id: 'scope-change', clause: '一(三)3' },
  { id: 'force-majeure', clause: '二(二)2' },
  { id: 'management-policy', clause: '一(五)1' },
  { id: 'staff', clause: null },
] as const;

export type LedgerKind = (typeof ledgerKinds)[number]['id'];
