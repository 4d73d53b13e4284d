import { expect, test } from '@playwright/test';
import { AppShellPage } from './pages/app-shell.page';
import { LedgerPage } from './pages/ledger.page';
import { testOperator } from './pages/signing.page';
import { WorkspacePage } from './pages/workspace.page';
import { downloadBy } from './support/downloads';
import { chinaDateDaysAgo, registerPaperLetter } from './support/paper-letter';
import { pdfText } from './support/pdf-tools';
import { signLetterWithSeal } from './support/sign-letter';
import { addPerson } from './support/staff';
import { answerChecklist } from './support/checklist';

const flat = (file: string) => pdfText(file).replace(/\s+/g, '');

test('the emergency plan and the policy are issued as versioned PDFs naming the merchant and their clause; a drill names the plan version it followed; the policy duty is done only while a version is in force', async ({ page }) => {
  test.setTimeout(300_000);
  const shell = new AppShellPage(page);
  await new WorkspacePage(page).create('预案门店');
  await signLetterWithSeal(page);
  for (const name of ['王应急', '李报告', '赵组员']) await addPerson(page, name);

  // Version 1 of the plan: a draft until it is issued; then its PDF names the merchant and 一(四)1.
  await shell.goTo('首页');
  await expect(page.getByTestId('duty-emergency-plan')).toHaveAttribute('data-state', 'upcoming');
  await page.getByTestId('duty-emergency-plan').getByRole('link', { name: '记录已完成…' }).click();
  await expect(page.getByRole('heading', { name: '制定应急预案', level: 1 })).toBeVisible();
  await page.getByLabel('应急负责人（从人员名册中选择）').selectOption({ label: '王应急（门店）' });
  await page.getByLabel('对外报告人（负责书面通知）').selectOption({ label: '李报告（门店）' });
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByTestId('version-status')).toContainText('草稿');
  await expect(page.getByRole('button', { name: '修改' })).toBeVisible();
  // What the PDF will say, on screen before it is issued.
  await expect(page.getByTestId('document-preview')).toContainText('30 分钟内采取控制措施');
  await expect(page.getByTestId('document-preview')).toContainText('王应急');
  const firstPlan = flat(await downloadBy(page, page.getByRole('button', { name: '发布并生成 PDF' }), 'plan-v1.pdf'));
  for (const expected of [testOperator.name, testOperator.code, '短信接口信息安全应急预案', '第1版', '条款一(四)1', '王应急', '李报告']) expect(firstPlan).toContain(expected);
  await expect(page.getByTestId('version-status')).toContainText('现行版本');
  await expect(page.getByTestId('version-panel').getByRole('status')).toContainText('已生成，并作为附件保存在这条记录里；副本已交给浏览器下载');
  await expect(page.getByRole('button', { name: '修改' })).toHaveCount(0);
  await expect(page.getByTestId('attachments')).toContainText('短信接口信息安全应急预案-第1版');
  await shell.goTo('首页');
  await expect(page.getByTestId('duty-emergency-plan')).toHaveAttribute('data-state', 'done');

  // Version 2, started from the first: the first is superseded once it is issued; a draft is never offered to a drill.
  await new LedgerPage(page, '应急预案与演练').open();
  await page.getByRole('link', { name: '应急预案', exact: true }).click();
  await page.getByRole('link', { name: /查看：应急预案第 1 版/ }).click();
  await page.getByRole('link', { name: '以这一版为基础制定新版本' }).click();
  await expect(page.getByLabel('应急负责人（从人员名册中选择）')).toHaveValue(/.+/);
  await expect(page.getByLabel('应急负责人（从人员名册中选择）').locator('option:checked')).toHaveText('王应急（门店）');
  await page.getByRole('group', { name: '应急小组成员（选填）' }).getByRole('checkbox', { name: '赵组员（门店）' }).check();
  await page.getByLabel('当地网信办').fill('测试市互联网信息办公室');
  await page.getByLabel('版本说明（选填）').fill('增加应急小组成员');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('应急预案第 2 版（草稿）');
  await new LedgerPage(page, '应急预案与演练').open();
  await page.getByRole('link', { name: '记录一次演练' }).click();
  await expect(page.getByLabel('依据的应急预案（选择版本）').locator('option')).toHaveText(['请选择…', /^应急预案第 1 版（\d{4}-\d{2}-\d{2} 发布）$/]);
  await new LedgerPage(page, '应急预案与演练').open();
  await page.getByRole('link', { name: '应急预案', exact: true }).click();
  await page.getByRole('link', { name: /查看：应急预案第 2 版/ }).click();
  const secondPlan = flat(await downloadBy(page, page.getByRole('button', { name: '发布并生成 PDF' }), 'plan-v2.pdf'));
  expect(secondPlan).toContain('第2版');
  expect(secondPlan).toContain('赵组员');
  expect(secondPlan).toContain('测试市互联网信息办公室');
  await new LedgerPage(page, '应急预案').backToList();
  await expect(page.locator('table.ledger-table')).toContainText('已被取代');

  // The yearly drill names the version it followed.
  await new LedgerPage(page, '应急预案与演练').open();
  await page.getByRole('link', { name: '记录一次演练' }).click();
  await page.getByLabel('依据的应急预案（选择版本）').selectOption({ label: `应急预案第 2 版（${chinaDateDaysAgo(0)} 发布）` });
  await page.getByLabel('演练科目').fill('模拟接口密钥泄露：1 小时内通知服务提供方并申请冻结');
  const participants = page.getByRole('group', { name: '参加人员（从人员名册中勾选）' });
  for (const name of ['王应急', '李报告']) await participants.getByRole('checkbox', { name: `${name}（门店）` }).check();
  await page.getByLabel('演练过程').fill('按预案第 2 版逐步处置，40 分钟内完成通知。');
  await page.getByLabel('总结报告：效果、发现的问题和改进措施').fill('流程可行；对外报告人的联系电话需要更新。');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByTestId('drill-plan')).toHaveText(`依据的应急预案：应急预案第 2 版（${chinaDateDaysAgo(0)} 发布）`);
  const report = flat(await downloadBy(page, page.getByRole('button', { name: '生成演练总结报告（PDF）' }), 'drill-report.pdf'));
  for (const expected of ['应急演练总结报告', '应急预案第2版', testOperator.name, '条款一(四)1']) expect(report).toContain(expected);
  await shell.goTo('首页');
  await expect(page.getByTestId('duty-emergency-drill')).toHaveAttribute('data-state', 'done');

  // The policy: not done as a draft, done once issued, not done once withdrawn.
  await page.getByTestId('duty-management-policy').getByRole('link', { name: '记录已完成…' }).click();
  await expect(page.getByRole('heading', { name: '制定管理制度', level: 1 })).toBeVisible();
  await expect(page.getByLabel('部门一', { exact: true })).toHaveValue('技术部');
  await page.getByLabel('部门三（选填）').fill('');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('请填写部门名称（不用这个部门，就把职责也清空）。')).toBeVisible();
  await page.getByLabel('部门三的安全职责').fill('');
  await page.getByLabel('制度负责人（从人员名册中选择）').selectOption({ label: '王应急（门店）' });
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByTestId('version-status')).toContainText('草稿');
  await shell.goTo('首页');
  await expect(page.getByTestId('duty-management-policy')).toHaveAttribute('data-state', 'upcoming');
  await new LedgerPage(page, '管理制度').open();
  await page.getByRole('link', { name: /查看：管理制度第 1 版/ }).click();
  const policy = flat(await downloadBy(page, page.getByRole('button', { name: '发布并生成 PDF' }), 'policy-v1.pdf'));
  for (const expected of [testOperator.name, testOperator.code, '短信接口信息安全管理制度', '条款一(五)1', '技术部', '运营部', '考核', '处罚']) expect(policy).toContain(expected);
  expect(policy).not.toContain('客服部');
  await shell.goTo('首页');
  await expect(page.getByTestId('duty-management-policy')).toHaveAttribute('data-state', 'done');
  await new LedgerPage(page, '管理制度').open();
  await page.getByRole('link', { name: /查看：管理制度第 1 版/ }).click();
  await page.getByRole('button', { name: '废止这一版…' }).click();
  await page.getByRole('dialog', { name: '废止第 1 版？' }).getByRole('button', { name: '废止' }).click();
  await expect(page.getByTestId('version-status')).toContainText('已废止');
  await shell.goTo('首页');
  await expect(page.getByTestId('duty-management-policy')).toHaveAttribute('data-state', 'upcoming');

  // 文档 lists every generated document with its clause.
  await shell.goTo('文档');
  const documents = page.getByTestId('generated-documents');
  await expect(documents.getByTestId('generated-document')).toHaveCount(4);
  for (const title of ['短信接口信息安全应急预案（第 1 版）', '短信接口信息安全应急预案（第 2 版）', '应急演练总结报告', '短信接口信息安全管理制度（第 1 版）']) await expect(documents).toContainText(title);
  expect(shell.consoleErrors).toEqual([]);
});

test('a self-inspection for a quarter, its hazard due in 7 working days and fixed, and the report as a PDF naming the merchant and 一(五)3', async ({ page }) => {
  test.setTimeout(240_000);
  const shell = new AppShellPage(page);
  await new WorkspacePage(page).create('自查门店');
  await signLetterWithSeal(page);
  await addPerson(page, '王检查');

  // 首页's "记录已完成…" of the current quarter opens the form with that quarter chosen.
  await shell.goTo('首页');
  const duty = page.locator('[data-testid^="duty-self-inspection:"]').first();
  const quarter = ((await duty.getAttribute('data-testid')) ?? '').replace('duty-self-inspection:', '');
  await duty.getByRole('link', { name: '记录已完成…' }).click();
  await expect(page.getByRole('heading', { name: '记录一次自查', level: 1 })).toBeVisible();
  await expect(page.getByLabel('这次自查针对的季度')).toHaveValue(quarter);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('请勾选检查人。')).toBeVisible();
  await expect(page.getByText('请逐项选择“符合”或“发现隐患”。')).toHaveCount(9);
  await page.getByRole('group', { name: '检查人（从人员名册中勾选）' }).getByRole('checkbox', { name: '王检查（门店）' }).check();
  await answerChecklist(page, ['接口凭证都在 90 天内更换过']);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByTestId('inspection-coverage')).toContainText('这次自查计入');
  await expect(page.getByTestId('inspection-panel')).toContainText('清单里有 1 项“发现隐患”，登记了 0 项隐患。');
  await shell.goTo('首页');
  await expect(page.getByTestId(`duty-self-inspection:${quarter}`)).toHaveAttribute('data-state', 'done');

  // The hazard, found at the inspection: due 7 working days later.
  await page.goBack();
  await page.getByRole('link', { name: '登记发现的隐患…' }).click();
  await page.getByLabel('属于哪方面').selectOption({ label: '接口凭证保管' });
  await page.getByLabel('隐患情况').fill('测试环境的接口密钥超过 90 天没有更换。');
  await page.getByLabel('整改责任人（从人员名册中选择）').selectOption({ label: '王检查（门店）' });
  await page.getByRole('button', { name: '保存', exact: true }).click();
  const fix = page.getByTestId('hazard-fix');
  await expect(fix).toContainText(/还剩 \d+ 个工作日（\d{4}-\d{2}-\d{2} 前）/);
  await shell.goTo('首页');
  await expect(page.locator('[data-testid^="duty-hazard-remediation:"]')).toHaveCount(1);
  await page.locator('[data-testid^="duty-hazard-remediation:"]').getByRole('link', { name: '去处理' }).click();
  await fix.locator('textarea').fill('已更换测试环境密钥，并记录在接口凭证台账。');
  await fix.getByRole('button', { name: '记录完成' }).click();
  await expect(fix).toContainText('已于');

  // The report names the merchant, the clause, the checklist and the hazard with its fix.
  await page.getByRole('link', { name: '打开发现这项隐患的自查记录' }).click();
  const report = flat(await downloadBy(page, page.getByRole('button', { name: '生成自查报告（PDF）' }), 'inspection-report.pdf'));
  for (const expected of [testOperator.name, testOperator.code, '内部安全自查报告', '条款一(五)3', '接口凭证都在90天内更换过：发现隐患', '测试环境的接口密钥超过90天没有更换', '已更换测试环境密钥', '至少保存2年']) {
    expect(report).toContain(expected);
  }
  await shell.goTo('文档');
  await expect(page.getByTestId('generated-documents')).toContainText('内部安全自查报告');
  expect(shell.consoleErrors).toEqual([]);
});

test('a training names who attended and who missed it; only one covering the four subjects keeps the yearly duty', async ({ page }) => {
  test.setTimeout(180_000);
  const shell = new AppShellPage(page);
  await new WorkspacePage(page).create('培训门店');
  await registerPaperLetter(page, chinaDateDaysAgo(100));
  await addPerson(page, '张三');
  await addPerson(page, '李四');
  await addPerson(page, '王五');
  // Joined after the training: not expected at it.
  await addPerson(page, '新来的', 1);

  await shell.goTo('首页');
  await page.getByTestId('duty-training').getByRole('link', { name: '记录已完成…' }).click();
  await page.getByLabel('培训时间').fill(`${chinaDateDaysAgo(3)}T14:00`);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('请至少勾选一项培训内容。')).toBeVisible();
  await expect(page.getByText('请勾选参加培训的人员。')).toBeVisible();
  const topics = page.getByRole('group', { name: '培训内容（条款 一(五)2 的四项）' });
  await topics.getByRole('checkbox', { name: /相关法律法规/ }).check();
  await topics.getByRole('checkbox', { name: /短信接口安全使用规范/ }).check();
  const attendees = page.getByRole('group', { name: '参加人员（从人员名册中勾选）' });
  for (const name of ['张三', '李四']) await attendees.getByRole('checkbox', { name: `${name}（门店）` }).check();
  await page.getByRole('button', { name: '保存', exact: true }).click();

  await expect(page.getByTestId('training-attendance')).toContainText('培训当天在职 3 人，参加 2 人。');
  await expect(page.getByTestId('training-missed')).toHaveText('缺席（需要补训）：王五');
  await expect(page.getByTestId('training-coverage')).toContainText('这次没有讲到：安全事件识别与应对流程；典型案例分析');
  await shell.goTo('首页');
  await expect(page.getByTestId('duty-training')).not.toHaveAttribute('data-state', 'done');

  // All four subjects, and 王五 made it after all.
  await page.goBack();
  await page.getByRole('button', { name: '修改' }).click();
  for (const topic of [/安全事件识别与应对流程/, /典型案例分析/]) await topics.getByRole('checkbox', { name: topic }).check();
  await attendees.getByRole('checkbox', { name: '王五（门店）' }).check();
  await page.getByRole('button', { name: '保存修改' }).click();
  await expect(page.getByTestId('training-attendance')).toContainText('培训当天在职的人员全部参加了。');
  await expect(page.getByTestId('training-coverage')).toHaveText('讲全了四项内容，这次培训计入年度全员培训。');
  await shell.goTo('首页');
  await expect(page.getByTestId('duty-training')).toHaveAttribute('data-state', 'done');
  expect(shell.consoleErrors).toEqual([]);
});
