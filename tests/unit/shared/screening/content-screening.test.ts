import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { screenContent, type ScreeningContext } from '@shared/screening/content-screening';
import { parseAllowlistLink, parseAllowlistPhone } from '@shared/screening/links-and-phones';
import { screeningRulesSchema } from '@shared/screening/screening-rules';

const rules = screeningRulesSchema.parse(JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../../assets/screening/content-rules.json'), 'utf8')));

// The merchant's own site and short link, its hotline and its shop's landline.
const allowlist = {
  allowedLinks: ['shop.example.com', 'https://t.cn/A6x9Kq'].map((entry) => parseAllowlistLink(entry)!),
  allowedPhones: ['400-888-6666', '0755-88886666'].map((entry) => parseAllowlistPhone(entry)!),
};
const scenarios = {
  code: { id: 'verification-code', marketing: false },
  security: { id: 'account-security', marketing: false },
  reminder: { id: 'business-reminder', marketing: false },
  marketing: { id: 'scope-change:consented', marketing: true },
} as const;

type Case = Readonly<{ scenario: keyof typeof scenarios; content: string; hits: readonly string[] }>;

/** Each message with the hits expected, in order of position, as `category:rule:words found`. */
const cases: readonly Case[] = [
  // Legitimate verification codes, notices and reminders: nothing to flag.
  { scenario: 'code', content: '您的验证码为 386152，5 分钟内有效。如非本人操作，请忽略本短信。', hits: [] },
  { scenario: 'code', content: '验证码：７２９４０１（登录），请勿告诉他人。', hits: [] },
  { scenario: 'code', content: '您的验证码是${code}，10分钟内有效，请勿泄露给他人。', hits: [] },
  { scenario: 'code', content: '{1}为您的登录验证码，请于{2}分钟内填写。', hits: [] },
  { scenario: 'code', content: '您正在修改登录密码，验证码 5521，工作人员不会向您索取，请勿泄露。', hits: [] },
  { scenario: 'code', content: 'Your code is 660712. 验证码 10 分钟内有效。', hits: [] },
  { scenario: 'security', content: '您的账户于 12 月 1 日 20:15 在新设备登录。如非本人操作，请立即修改密码或拨打客服 400-888-6666。', hits: [] },
  { scenario: 'security', content: '您的登录密码已于今日修改成功。如非本人操作，请拨打 0755-8888 6666 联系我们。', hits: [] },
  { scenario: 'security', content: '安全提醒：本店工作人员不会索要您的验证码和密码，请勿透露给任何人。', hits: [] },
  { scenario: 'security', content: '账户异常提醒：请通过 t.cn/A6x9Kq 查看详情。', hits: [] },
  { scenario: 'reminder', content: '您预约的 12 月 3 日 14:00 门店取件已备好，请凭取件码 8342 到店领取，详情见 https://shop.example.com/orders。', hits: [] },
  { scenario: 'reminder', content: '您的会员卡将于 2026-12-31 到期，续费请访问 shop.example.com 或到店办理。', hits: [] },
  { scenario: 'reminder', content: '您的订单 20261201883412 已发货，物流单号 SF1234567890，预计 2 天内送达。', hits: [] },
  { scenario: 'reminder', content: '您在本店的维修单已完成，请于本周六前到店取回。咨询电话 400 888 6666。', hits: [] },
  { scenario: 'reminder', content: '您的积分将于月底清零，可在会员小程序中查看。', hits: [] },
  { scenario: 'reminder', content: '您预约的体检时间为 12 月 8 日上午 9:00，请空腹前往。', hits: [] },
  { scenario: 'reminder', content: '请阅读以下注意事项：取件时请出示取件码。', hits: [] },
  { scenario: 'reminder', content: '本次抽奖活动的中奖名单已在门店公示。', hits: [] },
  { scenario: 'reminder', content: '活动页：https://m.shop.example.com/a/b', hits: [] },
  { scenario: 'reminder', content: '请把资料发送至 service@example.com', hits: [] },
  { scenario: 'reminder', content: '附件：合同.pdf，版本 v2.0，共 3.5 页。', hits: [] },
  { scenario: 'marketing', content: '会员日全场八折优惠，回T退订。', hits: [] },

  // 验证码 without a code.
  { scenario: 'code', content: '您的验证码已发送，请注意查收。', hits: ['missing-code:missing-code:'] },
  { scenario: 'code', content: '验证码请咨询 13800138000。', hits: ['missing-code:missing-code:', 'phone:phone-not-allowed:13800138000'] },

  // 第 1 类.
  { scenario: 'reminder', content: '有人煽动颠覆国家政权，请转发扩散。', hits: ['politics:politics-subversion:煽动颠覆', 'politics:politics-subversion:颠覆国家政权'] },
  { scenario: 'reminder', content: '宣扬 恐·怖·主·义 的内容', hits: ['politics:politics-terror-extremism:恐怖主义'] },
  { scenario: 'reminder', content: '这是国家机密，不要外传。', hits: ['politics:politics-state-secrets:国家机密'] },

  // 第 2 类.
  { scenario: 'security', content: '您的银行卡涉嫌洗钱，请将资金转入安全账户配合调查。', hits: ['illegal:fraud-impersonation:涉嫌洗钱', 'illegal:fraud-impersonation:安全账户'] },
  { scenario: 'reminder', content: '招聘兼职日结，刷单返利，日赚千元。', hits: ['illegal:fraud-part-time:兼职日结', 'illegal:fraud-part-time:刷单', 'illegal:fraud-part-time:日赚千元'] },
  { scenario: 'security', content: '您的ETC认证失效，请点击 http://etc-renzheng.top/a 重新认证。', hits: ['illegal:fraud-phishing:ETC认证失效', 'link:link-not-allowed:http://etc-renzheng.top/a'] },
  { scenario: 'reminder', content: '澳门首家线上赌场，百家乐真人荷官在线。', hits: ['illegal:gambling:赌场', 'illegal:gambling:百家乐', 'illegal:gambling:真人荷官'] },
  { scenario: 'reminder', content: '赌\u200b博网站，注册就送。', hits: ['illegal:gambling:赌博'] },
  { scenario: 'reminder', content: '寂寞了？裸聊一对一，私信领取。', hits: ['illegal:pornography:裸聊', 'unsolicited-ad:ad-redirect:私信领取'] },
  { scenario: 'reminder', content: '再不还钱就弄死你。', hits: ['illegal:violence:弄死你'] },
  { scenario: 'reminder', content: '出售ｋ粉，量大从优。', hits: ['illegal:drugs:K粉'] },
  { scenario: 'reminder', content: '你个傻逼，滚蛋。', hits: ['illegal:vulgar:傻逼', 'illegal:vulgar:滚蛋'] },
  { scenario: 'reminder', content: '代开发票，办假证，联系 13912345678。', hits: ['illegal:illegal-services:代开发票', 'illegal:illegal-services:办假证', 'phone:phone-not-allowed:13912345678'] },

  // 第 3 类.
  { scenario: 'reminder', content: '无抵押贷款，额度秒到，急用钱找我们。', hits: ['unsolicited-ad:ad-loans:无抵押贷款', 'unsolicited-ad:ad-loans:额度秒到', 'unsolicited-ad:ad-loans:急用钱'] },
  { scenario: 'reminder', content: '城东楼盘今日开盘，首付仅需5万。', hits: ['unsolicited-ad:ad-real-estate:楼盘', 'unsolicited-ad:ad-real-estate:开盘', 'unsolicited-ad:ad-real-estate:首付仅需'] },
  { scenario: 'reminder', content: '加微信领取新人礼包。', hits: ['unsolicited-ad:ad-redirect:加微信'] },
  { scenario: 'reminder', content: '内幕消息，牛股推荐，带你赚钱。', hits: ['unsolicited-ad:ad-investment:内幕消息', 'unsolicited-ad:ad-investment:牛股', 'unsolicited-ad:ad-investment:带你赚钱'] },

  // 第 4 类.
  { scenario: 'reminder', content: '恭喜您被抽中为幸运用户，获得平板电脑大奖，请点击领取。', hits: ['misleading:fake-prize:被抽中', 'misleading:fake-prize:幸运用户', 'misleading:fake-prize:大奖'] },
  { scenario: 'reminder', content: '本产品百分之百有效，无效退款，全网最低价。', hits: ['misleading:absolute-promise:百分之百', 'misleading:absolute-promise:无效退款', 'misleading:absolute-promise:全网最低', 'misleading:absolute-promise:最低价'] },
  { scenario: 'security', content: '您已被列入征信黑名单，逾期将起诉。', hits: ['misleading:false-official:征信黑名单', 'misleading:false-official:逾期将起诉'] },

  // Marketing wording outside a marketing scenario.
  { scenario: 'code', content: '您的验证码为 518203。双十一全场五折优惠，限时抢购！', hits: ['marketing-wording:marketing-promotion:优惠', 'marketing-wording:marketing-promotion:限时', 'marketing-wording:marketing-promotion:抢购'] },
  { scenario: 'reminder', content: '会员日全场八折优惠，回T退订。', hits: ['marketing-wording:marketing-promotion:会员日', 'marketing-wording:marketing-promotion:优惠', 'marketing-wording:marketing-unsubscribe:回T退订'] },

  // Links not on the allowlist: with or without a scheme, full-width, an ideographic dot, a short link.
  { scenario: 'reminder', content: '详情请见 https://evil.example.net/login', hits: ['link:link-not-allowed:https://evil.example.net/login'] },
  { scenario: 'reminder', content: '请访问ｗｗｗ．ｅｘａｍｐｌｅ．ｏｒｇ查看', hits: ['link:link-not-allowed:www.example.org'] },
  { scenario: 'security', content: '点击 fake-bank。com 验证身份', hits: ['link:link-not-allowed:fake-bank.com'] },
  { scenario: 'reminder', content: '查看物流：https://t.cn/Rabc12', hits: ['short-link:short-link:https://t.cn/Rabc12'] },

  // Phone numbers not on the allowlist: split by spaces or dashes, with +86, full-width, a 400 line.
  { scenario: 'reminder', content: '如有疑问请致电 138 0013 8000。', hits: ['phone:phone-not-allowed:138 0013 8000'] },
  { scenario: 'reminder', content: '联系 +86 139-1234-5678', hits: ['phone:phone-not-allowed:+86 139-1234-5678'] },
  { scenario: 'reminder', content: '客服电话：１３９１２３４５６７８', hits: ['phone:phone-not-allowed:13912345678'] },
  { scenario: 'reminder', content: '拨打 400-123-4567 咨询', hits: ['phone:phone-not-allowed:400-123-4567'] },
];

function screen(entry: Case) {
  const context: ScreeningContext = { scenario: scenarios[entry.scenario], ...allowlist };
  return screenContent(entry.content, context, rules);
}

describe('content screening (一(二)1)', () => {
  it('has a table of at least 40 messages, legitimate ones and each prohibited category among them', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    const categories = new Set(cases.flatMap((entry) => entry.hits.map((hit) => hit.split(':')[0])));
    for (const category of ['politics', 'illegal', 'unsolicited-ad', 'misleading', 'marketing-wording', 'link', 'short-link', 'phone', 'missing-code']) expect(categories).toContain(category);
    expect(cases.filter((entry) => entry.hits.length === 0).length).toBeGreaterThanOrEqual(15);
  });

  it.each(cases.map((entry) => [entry.content, entry] as const))('%s', (_content, entry) => {
    const hits = screen(entry);
    expect(hits.map((hit) => `${hit.category}:${hit.rule}:${hit.text}`)).toEqual(entry.hits);
    for (const hit of hits) {
      expect(hit.explanation).toMatch(/[\u4e00-\u9fff]/);
      // The span points at the words in the original text (a whole-message hit spans it all).
      if (hit.text !== '') expect(entry.content.slice(hit.start, hit.end).length).toBeGreaterThan(0);
    }
  });

  it('points each hit at the words as typed, separators and full-width forms included', () => {
    const [spaced] = screen({ scenario: 'reminder', content: '宣扬 恐·怖·主·义 的内容', hits: [] });
    expect('宣扬 恐·怖·主·义 的内容'.slice(spaced!.start, spaced!.end)).toBe('恐·怖·主·义');
    const [phone] = screen({ scenario: 'reminder', content: '客服电话：１３９１２３４５６７８', hits: [] });
    expect('客服电话：１３９１２３４５６７８'.slice(phone!.start, phone!.end)).toBe('１３９１２３４５６７８');
  });

  it('never throws, and keeps every hit inside the text, on any string', () => {
    const scenario = fc.constantFrom(...Object.values(scenarios));
    const text = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));
    fc.assert(
      fc.property(text, scenario, (content, chosen) => {
        const hits = screenContent(content, { scenario: chosen, ...allowlist }, rules);
        for (const hit of hits) {
          expect(hit.category).not.toBe('unscreened');
          expect(hit.start).toBeGreaterThanOrEqual(0);
          expect(hit.end).toBeLessThanOrEqual(content.length);
          expect(hit.start).toBeLessThanOrEqual(hit.end);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on texts built from the words, links and numbers it looks for', () => {
    const pieces = fc.constantFrom('赌博', '中奖', '领取', 'https://', 't.cn/', 'www.', '.com', '。', '１３８', '138', ' ', '-', '+86', '0755', '400', '${', '}', '#', '\u200b', '【', '】', 'ｋ粉', '验证码');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), fc.constantFrom(...Object.values(scenarios)), (parts, chosen) => {
        const content = parts.join('');
        const hits = screenContent(content, { scenario: chosen, ...allowlist }, rules);
        expect(hits.every((hit) => hit.category !== 'unscreened' && hit.end <= content.length)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
