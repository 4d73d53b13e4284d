// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { labelTableCells } from '@renderer/app/use-stacked-tables';

describe('labelTableCells', () => {
  it('gives each body cell of a .ledger-table its column heading, following column spans', () => {
    document.body.innerHTML = `
      <table class="ledger-table">
        <thead><tr><th>收集时间</th><th colspan="2">手机号与姓名</th><th> 来源 </th></tr></thead>
        <tbody>
          <tr><td>2026-11-29</td><td>139****1111</td><td>欧***</td><td>登记表</td></tr>
          <tr><td colspan="3">合并的格</td><td>小程序</td></tr>
        </tbody>
      </table>
      <table class="other"><thead><tr><th>不处理</th></tr></thead><tbody><tr><td>x</td></tr></tbody></table>`;
    labelTableCells(document.body);
    const labels = [...document.querySelectorAll('table.ledger-table tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.dataset['label']));
    expect(labels).toEqual([
      ['收集时间', '手机号与姓名', '手机号与姓名', '来源'],
      ['收集时间', '来源'],
    ]);
    expect(document.querySelector('table.other td')?.hasAttribute('data-label')).toBe(false);
  });

  it('leaves cells without a heading unlabelled (empty), never with another column\'s heading', () => {
    document.body.innerHTML = '<table class="ledger-table"><tbody><tr><td>a</td><td>b</td></tr></tbody></table>';
    labelTableCells(document.body);
    expect([...document.querySelectorAll('td')].map((cell) => cell.dataset['label'])).toEqual(['', '']);
  });
});
