import { describe, expect, it } from 'vitest';
import { clauseDisplayName } from '@shared/i18n/clause-label';

describe('clauseDisplayName', () => {
  it.each([
    ['一(三)2', '一(三)2'],
    ['一(二)1-1', '一(二)1 第 1 项'],
    ['一(五)2-4', '一(五)2 第 4 项'],
    ['二(一)', '二(一)'],
    ['三、3', '三、3'],
    ['特殊情况说明', '特殊情况说明'],
    ['特殊情况说明-勾选', '特殊情况说明（勾选框）'],
    ['preamble', '序言'],
    ['title', '标题'],
    ['toString', 'toString'],
    ['', ''],
    ['-1', '-1'],
    ['一(二)1-', '一(二)1-'],
  ])('%s → %s', (id, shown) => expect(clauseDisplayName(id)).toBe(shown));
});
