import type { WorkspaceMigration } from './workspace-migration';

/**
 * Version 4: 短信内容审核台账 with its allowlist (一(二)1, 一(二)2) and
 * 场景变更申请 (一(三)3). Three new tables; no stored row changes.
 * `contentReviews` and `scopeChanges` reuse the names of version 1's
 * placeholders, which version 2 dropped empty (still empty at version 3): they are laid out anew.
 */
export const migration004 = {
  version: 4,
  rewrites: [],
  migrateRow: () => null,
} as const satisfies WorkspaceMigration;
