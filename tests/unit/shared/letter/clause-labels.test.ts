import { describe, expect, it } from 'vitest';
import { clauseLabels, findClauseLabel } from '@shared/letter/clause-labels';
import { letterTemplateSchema, objectableClauses } from '@shared/letter/letter-template';
import templateV1Json from '../../../../assets/templates/sms-interface-security-letter.v1.json';
import templateV2Json from '../../../../assets/templates/sms-interface-security-letter.v2.json';

const templates = [letterTemplateSchema.parse(templateV1Json), letterTemplateSchema.parse(templateV2Json)];

describe.each(templates.map((template) => [template.version, template] as const))('clause labels, version %i', (_version, template) => {
  it.each([
    ['preamble', '序言'],
    ['一(一)1', '第一条（一）第 1 项'],
    ['一(二)1', '第一条（二）第 1 项'],
    ['一(二)1-1', '第一条（二）第 1 项第 1 小项'],
    ['一(三)2-3', '第一条（三）第 2 项第 3 小项'],
    ['一(四)3', '第一条（四）第 3 项'],
    ['二(一)1', '第二条（一）'],
    ['二(二)2', '第二条（二）第 2 项'],
    ['三、3', '第三条第 3 项'],
    ['特殊情况说明-勾选', '特殊情况说明（个体工商户勾选框）'],
  ])('names %s as %s', (id, label) => {
    expect(findClauseLabel(template, id)).toBe(label);
  });

  it('names every clause an objection can point to, each differently, in Chinese without ids', () => {
    const labels = objectableClauses(template).map((clause) => findClauseLabel(template, clause.id));
    expect(labels.every((label) => label !== null && !/[()a-z、-]/.test(label))).toBe(true);
    expect(new Set(labels).size).toBe(labels.length);
    expect(clauseLabels(template).size).toBeGreaterThan(labels.length);
  });

  it('knows no label for an id the letter does not have', () => {
    expect(findClauseLabel(template, '九(九)9')).toBeNull();
  });
});
