import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ledgerKinds } from '@shared/ledgers/ledger-kinds';
import { letterTemplateSchema } from '@shared/letter/letter-template';
import { obligationCatalogue } from '@shared/obligations/obligation-catalogue';
import { findClauseText } from '@renderer/components/clause-text';

const template = letterTemplateSchema.parse(
  JSON.parse(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'assets', 'templates', 'sms-interface-security-letter.v1.json'), 'utf8')),
);
const texts = (id: string) => findClauseText(template, id)?.map((paragraph) => `${paragraph.isItem ? '  ' : ''}${paragraph.text}`);

describe('findClauseText', () => {
  it('gives a clause with its items, as the letter prints them', () => {
    const found = texts('一(三)2')!;
    expect(found).toHaveLength(4);
    expect(found[0]).toMatch(/^2\. 定期更换接口访问凭证/);
    expect(found[1]).toMatch(/^ {2}1\. 1 小时内通知短信接口服务提供方/);
  });

  it('gives an item under the words of its clause', () => {
    expect(texts('一(二)1-1')).toEqual(['1. 发送的短信内容必须符合国家法律法规及公序良俗,不得包含以下内容:', '  1. 违反国家政治制度、损害国家利益的信息;']);
  });

  it('gives a section (二(一): its heading and its one unnumbered clause), the sole-proprietor box and the preamble', () => {
    expect(texts('二(一)')?.[0]).toBe('(一) 责任期限');
    expect(texts('二(一)')?.[1]).toMatch(/^本责任书自经营者签字\(或盖章\)之日起生效/);
    expect(texts('特殊情况说明-勾选')?.[1]).toMatch(/^个体工商户无公章/);
    expect(texts('preamble')).toEqual([template.preamble]);
  });

  it('finds nothing for an id the letter does not have', () => {
    for (const id of ['', '一(三)9', '一(二)1-9', 'Preamble', 'toString', '一(三)2 ', '<script>']) expect(findClauseText(template, id), id).toBeNull();
  });

  it('finds every clause that an obligation or a ledger cites: no ClauseRef ever opens an empty dialog', () => {
    const cited = [...new Set([...obligationCatalogue.map((obligation) => obligation.clause), ...ledgerKinds.flatMap((ledger) => (ledger.clause === null ? [] : [ledger.clause])), '三、3'])];
    expect(cited.filter((id) => findClauseText(template, id) === null)).toEqual([]);
  });
});
