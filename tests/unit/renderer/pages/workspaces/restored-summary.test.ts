import { describe, expect, it } from 'vitest';
import { restoredState, restoredSummaryOf } from '@renderer/pages/workspaces/restored-summary';

describe('the restore summary handed to the unlock screen', () => {
  it('reads back what the restore put in', () => {
    const summary = { label: '备份门店', rows: 12, backupCreatedAt: 1_764_000_000_000 };
    expect(restoredSummaryOf(restoredState(summary))).toEqual(summary);
  });

  it.each([null, undefined, 'restored', { restored: true }, { restored: { label: '门店', rows: '12', backupCreatedAt: 1 } }, { restored: { label: 3, rows: 1, backupCreatedAt: 1 } }])(
    'is null for %j',
    (state) => expect(restoredSummaryOf(state)).toBeNull(),
  );
});
