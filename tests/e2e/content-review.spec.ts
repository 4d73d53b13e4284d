import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { AppShellPage } from './pages/app-shell.page';
import { ContentReviewPage } from './pages/content-review.page';
import { LedgerPage } from './pages/ledger.page';
import { WorkspacePage } from './pages/workspace.page';
import { navigateInApp } from './support/screen-walk';

/** The China date a year and a day after today: a year's retention ends at 24:00 of the same day next year. */
function dateAYearOnChina(): string {
  const [year, month, day] = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10).split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(year + 1, month, 0)).getUTCDate();
  return new Date(Date.UTC(year + 1, month - 1, Math.min(day, lastDay) + 1)).toISOString().slice(0, 10);
}

test('two different reviewers, independently: no sending on one approval or on two by the same person; B does not see A first; a 101-recipient batch is kept a year, a 100-recipient one is not', async ({ page }) => {
  test.setTimeout(180_000);
  const shell = new AppShellPage(page);
  await new WorkspacePage(page).create('审核门店');
  const review = new ContentReviewPage(page);
  await review.addPerson('王审核');
  await review.addPerson('李复核');

  await review.register({ signature: '【城东便利店】', scenario: '业务办理提醒', recipients: 101, content: '您送修的电饭煲已修好，请于本周六前到店取回。' });
  await expect(page.getByTestId('screening')).toContainText('没有发现需要注意的地方');
  await expect(page.getByTestId('content-review')).toContainText('接收人数超过 100，审核记录至少保留 1 年');
  await expect(page.getByRole('button', { name: '修改' })).toBeVisible();

  // No approval yet: sending is refused, and says why.
  await expect(review.sendButton()).toBeDisabled();
  await expect(page.getByTestId('send-blocked')).toContainText('要有两名不同的审核人都审核通过');

  // Reviewer A approves; the opinion stays hidden, the status does not tell it either.
  const opinionA = '维修取件通知，内容属实，同意发送。';
  await review.review('王审核（门店）', '通过', opinionA);
  await expect(page.getByRole('status').filter({ hasText: '审核意见已提交。' })).toBeVisible();
  await expect(review.slot('a')).toContainText('王审核（门店） 已于');
  await expect(review.slot('a')).toContainText('意见要等另一位审核人提交后才显示');
  await expect(page.locator('body')).not.toContainText(opinionA);
  await expect(page.locator('.record-fields')).toContainText('审核中（已有 1 人提交）');
  await expect(page.locator('.record-fields')).not.toContainText('通过');
  await expect(review.sendButton()).toBeDisabled();
  // What A reviewed stays as it was: the content can no longer be edited.
  await expect(page.getByRole('button', { name: '修改' })).toHaveCount(0);

  // The same person cannot be reviewer B: refused, nothing recorded, still no sending.
  await review.review('王审核（门店）', '通过', '我再审一次，同意。');
  await expect(page.getByTestId('review-form').getByRole('alert')).toContainText('审核人 B 不能与审核人 A 是同一个人');
  await expect(review.slot('b')).toContainText('等待审核。');
  await expect(review.sendButton()).toBeDisabled();
  await expect(page.locator('body')).not.toContainText(opinionA);

  // Reviewer B, another person, approves: both opinions now show, and the batch may be marked sent.
  await review.review('李复核（门店）', '通过', '没有违规内容，同意。');
  await expect(review.slot('a')).toContainText(opinionA);
  await expect(review.slot('b')).toContainText('李复核（门店）');
  await expect(review.slot('b')).toContainText('没有违规内容，同意。');
  await expect(page.locator('.record-fields')).toContainText('两人审核通过');
  const send = page.getByTestId('send-step');
  await send.locator('textarea').fill('通过服务商平台批量发送，任务编号 88231。');
  await send.getByRole('button', { name: '标记为已发送' }).click();
  await expect(page.getByTestId('sent-line')).toContainText('通过服务商平台批量发送');

  // 101 recipients: kept a year; the refusal gives the date deletion becomes possible.
  await page.getByRole('button', { name: '删除…' }).click();
  await expect(page.getByRole('status').filter({ hasText: '不能删除' })).toContainText(`条款 一(二)2 要求“批量发送的审核记录至少保存 1 年”，这条记录从 ${dateAYearOnChina()} 起才能删除。`);
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // 100 recipients is not more than 100: nothing keeps it (no letter signed in this workspace yet).
  await review.register({ signature: '【城东便利店】', scenario: '业务办理提醒', recipients: 100, content: '您预约的 12 月 3 日上门服务已确认。' });
  await page.getByRole('button', { name: '删除…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '删除', exact: true }).click();
  await expect(page.getByRole('heading', { name: '短信内容审核台账', level: 1 })).toBeVisible();
  await expect(review.ledger.rows()).toHaveCount(1);
  await expect(review.ledger.rows().first()).toContainText('已发送');
  expect(shell.consoleErrors).toEqual([]);
});

test('a rejected message cannot be sent, and its content comes back to revise; flagged content needs each hit acknowledged', async ({ page }) => {
  test.setTimeout(120_000);
  await new WorkspacePage(page).create('驳回门店');
  const review = new ContentReviewPage(page);
  await review.addPerson('王审核');
  await review.addPerson('李复核');
  await review.register({ signature: '【城东便利店】', scenario: '验证码', recipients: 1, content: '您的验证码已发送，双十一全场五折优惠，限时抢购！' });
  await expect(review.hits()).toHaveCount(4);
  await expect(review.hits().first()).toContainText('验证码短信里没有验证码');
  await expect(review.hits().nth(1)).toContainText('营销用语出现在非营销场景');
  await expect(page.locator('mark.screening-mark')).toHaveText(['优惠', '限时', '抢购']);

  // Approving flagged content without acknowledging the hits is refused with the reason.
  await review.review('王审核（门店）', '通过', '看过了。');
  await expect(page.getByTestId('review-form').getByRole('alert')).toContainText('逐条核对并勾选确认');
  await review.review('王审核（门店）', '不通过', '验证码短信夹带促销内容。');
  await expect(review.slot('a')).toContainText('王审核（门店） 已于');
  await review.review('李复核（门店）', '通过', '可以发送。', true);
  await expect(review.slot('b')).toContainText('可以发送。');
  await expect(review.slot('a')).toContainText('不通过');
  await expect(page.locator('.record-fields')).toContainText('未通过');
  await expect(page.getByTestId('send-step')).toContainText('有审核人不同意发送');
  await expect(review.sendButton()).toHaveCount(0);

  await page.getByRole('link', { name: '按这条内容修改后重新登记' }).click();
  await expect(page.getByLabel('短信内容（不含签名）')).toHaveValue('您的验证码已发送，双十一全场五折优惠，限时抢购！');
  await expect(page.getByLabel('使用场景')).toHaveValue('verification-code');
});

test('a link and a phone number not on the allowlist are flagged until the merchant adds them; a bad entry is refused in plain words', async ({ page }) => {
  test.setTimeout(120_000);
  await new WorkspacePage(page).create('白名单门店');
  const review = new ContentReviewPage(page);
  await review.register({
    signature: '【城东便利店】',
    scenario: '业务办理提醒',
    recipients: 20,
    content: '您的会员卡将于月底到期，续费请访问 ｈｔｔｐｓ：／／shop.example.com/renew 或致电 0755-8888 6666。',
  });
  const recordUrl = page.url();
  await expect(review.hits()).toHaveCount(2);
  await expect(page.locator('[data-category="link"]')).toContainText('这个网址不在本单位的链接白名单中');
  await expect(page.locator('[data-category="phone"]')).toContainText('这个电话号码不在本单位的电话白名单中');
  await expect(page.locator('mark.screening-mark')).toHaveText(['ｈｔｔｐｓ：／／shop.example.com/renew', '0755-8888 6666']);

  // The link goes on the allowlist from the hit itself.
  await page.locator('[data-category="link"]').getByRole('link', { name: '确属本单位的，加入白名单' }).click();
  await expect(page.getByRole('heading', { name: '添加网址或电话', level: 1 })).toBeVisible();
  await expect(page.getByLabel('类型', { exact: true })).toHaveValue('link');
  await page.getByLabel('说明（选填）').fill('本店官网');
  await new LedgerPage(page, '发送白名单').save();
  await expect(page.locator('.record-fields')).toContainText('shop.example.com/renew');

  // A phone entry that is not a number is refused, in plain words; the real one is kept.
  const allowlist = new LedgerPage(page, '发送白名单');
  await allowlist.backToList();
  await allowlist.startAdding('添加网址或电话');
  await page.getByLabel('类型', { exact: true }).selectOption({ label: '电话号码' });
  await page.getByLabel('网址或号码').fill('门店座机');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('这不像一个电话号码');
  await page.getByLabel('网址或号码').fill('0755-88886666');
  await allowlist.save();

  // Screened again, nothing is left to flag.
  await navigateInApp(page, new URL(recordUrl).pathname);
  await expect(review.hits()).toHaveCount(2);
  await page.getByRole('button', { name: '按当前词库和白名单重新筛查' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已重新筛查。' })).toBeVisible();
  await expect(page.getByTestId('screening')).toContainText('没有发现需要注意的地方');
  await expect(review.hits()).toHaveCount(0);
});

test('the word lists are updated by importing a file: its rules are stated first, a bad file is refused with the reason, a good one is previewed, then screens new messages', async ({ page }) => {
  test.setTimeout(120_000);
  const shell = new AppShellPage(page);
  await new WorkspacePage(page).create('词库门店');
  await shell.goTo('设置');
  const card = page.getByTestId('screening-rules');
  await expect(card).toContainText('正在使用 2026-12-01 版词库（应用自带）');
  await expect(page.getByTestId('screening-rules-file-rules')).toContainText('四类违规内容和营销用语，每一类至少有一条规则');

  // Export the lists in use: the file to edit.
  const download = page.waitForEvent('download');
  await card.getByRole('button', { name: '导出正在使用的词库…' }).click();
  const exported = test.info().outputPath('words.json');
  await (await download).saveAs(exported);
  const lists = JSON.parse(readFileSync(exported, 'utf8')) as { edition: string; rules: { category: string; words: string[] }[] };
  expect(lists.edition).toBe('2026-12-01');

  const importFile = async (content: unknown) => {
    const chooser = page.waitForEvent('filechooser');
    await card.getByRole('button', { name: '导入词库文件…' }).click();
    await (await chooser).setFiles({ name: '违规词库.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content), 'utf8') });
  };

  // A file without any rule of the fourth category is refused, and says why.
  await importFile({ ...lists, rules: lists.rules.filter((rule) => rule.category !== 'misleading') });
  await expect(card.getByRole('status')).toHaveText('这个文件不能使用：四类违规内容和营销用语，每一类都至少要有一条规则。');

  // A newer edition with one more word: previewed, then used.
  const rules = lists.rules.map((rule, index) => (index === 0 ? { ...rule, words: [...rule.words, '测试违禁词'] } : rule));
  await importFile({ ...lists, edition: '2027-01-15', rules });
  await expect(page.getByTestId('screening-rules-preview')).toContainText('2027-01-15 版');
  await expect(page.getByTestId('screening-rules-preview')).toContainText('新增 1 个词、去掉 0 个词');
  await page.getByRole('button', { name: '使用这个词库' }).click();
  await expect(card).toContainText('正在使用 2027-01-15 版词库（导入的词库）');

  const review = new ContentReviewPage(page);
  await review.register({ signature: '【城东便利店】', scenario: '业务办理提醒', recipients: 5, content: '这是一条含有测试违禁词的提醒。' });
  await expect(review.hits()).toHaveCount(1);
  await expect(review.hits().first()).toContainText('第 1 类');
  await expect(page.getByTestId('screening')).toContainText('使用 2027-01-15 版词库');

  // Back to the bundled lists.
  await shell.goTo('设置');
  await card.getByRole('button', { name: '恢复为应用自带的词库' }).click();
  await expect(card).toContainText('正在使用 2026-12-01 版词库（应用自带）');
});
