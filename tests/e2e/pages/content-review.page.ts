import type { Page } from '@playwright/test';
import { chinaDateDaysAgo } from '../support/paper-letter';
import { LedgerPage } from './ledger.page';

export type NewMessage = Readonly<{ kind?: '一批短信' | '短信模板'; signature: string; scenario: string; recipients: number; content: string }>;

/** 短信内容审核台账: registering a message, its screening, the two reviews and the sending. */
export class ContentReviewPage {
  readonly ledger: LedgerPage;

  constructor(readonly page: Page) {
    this.ledger = new LedgerPage(page, '短信内容审核台账');
  }

  /** Adds a person to 人员名册 (reviewers are chosen from there). */
  async addPerson(name: string): Promise<void> {
    const staff = new LedgerPage(this.page, '人员名册');
    await staff.open();
    await staff.startAdding('登记一位员工');
    await this.page.getByLabel('姓名', { exact: true }).fill(name);
    await this.page.getByLabel('部门（选填）').fill('门店');
    await this.page.getByLabel('入职日期').fill(chinaDateDaysAgo(100));
    await staff.save();
  }

  /** Opens the form of a new message from the ledger's list. */
  async startRegistering(): Promise<void> {
    await this.ledger.open();
    await this.ledger.startAdding('登记待审核的短信');
  }

  /** Fills and saves the form; ends on the new record's page. */
  async register(message: NewMessage): Promise<void> {
    await this.startRegistering();
    await this.fill(message);
    await this.ledger.save();
  }

  async fill(message: NewMessage): Promise<void> {
    await this.page.getByLabel('类型', { exact: true }).selectOption({ label: message.kind ?? '一批短信' });
    await this.page.getByLabel('短信签名').fill(message.signature);
    await this.page.getByLabel('使用场景').selectOption({ label: message.scenario });
    await this.page.getByLabel('接收人数').fill(String(message.recipients));
    await this.page.getByLabel('短信内容（不含签名）').fill(message.content);
  }

  /** Submits one reviewer's opinion (the person as 人员 describes them, e.g. 王审核（门店）). */
  async review(reviewer: string, decision: '通过' | '不通过', opinion: string, acknowledgeHits = false): Promise<void> {
    const form = this.page.getByTestId('review-form');
    await form.getByLabel('审核人（从人员名册中选择）').selectOption({ label: reviewer });
    await form.getByRole('radio', { name: decision, exact: true }).check();
    await form.getByLabel('审核意见').fill(opinion);
    if (acknowledgeHits) await form.getByRole('checkbox').check();
    await form.getByRole('button', { name: '提交审核意见' }).click();
  }

  slot(which: 'a' | 'b') {
    return this.page.getByTestId(`review-slot-${which}`);
  }

  sendButton() {
    return this.page.getByTestId('send-step').getByRole('button', { name: '标记为已发送' });
  }

  hits() {
    return this.page.getByTestId('screening-hit');
  }
}
