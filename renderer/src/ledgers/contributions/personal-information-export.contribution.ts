import { z } from 'zod';
import type { ExportRecordPayload } from '@shared/ledgers/definitions/personal-information-export.ledger';
import type { LedgerContribution } from '../ledger-contribution';

type NoForm = Record<string, never>;

/** 完整号码导出记录: written by the export itself, never by hand. */
export const personalInformationExportContribution: LedgerContribution<ExportRecordPayload, NoForm> = {
  fields: [],
  formSchema: () => z.object({}),
  emptyForm: () => ({}),
  toForm: () => ({}),
  toPayload: (_form, previous) => {
    if (previous === null) throw new RangeError('export records are written by exports');
    return previous;
  },
  editable: false,
  newRecord: { kind: 'none' },
};
