import type { WorkspaceMigration } from './workspace-migration';

/**
 * Version 3: 短信内容审核台账 with its allowlist (一(二)1, 一(二)2) and
 * 场景变更申请 (一(三)3). Three new tables; no stored row changes.
 * `contentReviews` and `scopeChanges` reuse the names of version 1's
 * placeholders, which version 2 dropped empty: they are laid out anew.
 */
export const migration003 = {
  version: 3,
  rewrites: [],
  migrateRow: () => null,
} as const satisfies WorkspaceMigration;
