/**
 * The ledgers of PRODUCT.md §4, one per obligation family, each with the
 * clause of the letter it keeps. Screens, storage and obligations use these ids.
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
] as const;

export type LedgerKind = (typeof ledgerKinds)[number]['id'];
