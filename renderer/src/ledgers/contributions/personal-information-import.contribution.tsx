import { z } from 'zod';
import type { ImportBatchPayload } from '@shared/ledgers/definitions/personal-information-import.ledger';
import { ImportBatchPanel } from '@renderer/features/ledgers/personal-information/ImportBatchPanel';
import { ImportPage } from '@renderer/features/ledgers/personal-information/ImportPage';
import type { LedgerContribution } from '../ledger-contribution';

type NoForm = Record<string, never>;

/** 导入记录: made by the import page (choose a file, map its columns); each batch shows its progress and report. */
export const personalInformationImportContribution: LedgerContribution<ImportBatchPayload, NoForm> = {
  fields: [],
  formSchema: () => z.object({}),
  emptyForm: () => ({}),
  toForm: () => ({}),
  toPayload: (_form, previous) => {
    if (previous === null) throw new RangeError('import batches are made by the import');
    return previous;
  },
  editable: false,
  deletable: false,
  newRecord: { kind: 'page', page: ImportPage },
  panel: (record) => <ImportBatchPanel record={record} />,
};
