import { describe, expect, it } from 'vitest';
import { sendingAllowlistFormSchema, normalizedAllowlistValue } from '@shared/ledgers/definitions/sending-allowlist.ledger';
import { isLinkAllowed, parseAllowlistLink, parseAllowlistPhone, parseLinkAddress } from '@shared/screening/links-and-phones';

describe('allowlist entries', () => {
  it.each([
    ['shop.example.com', { host: 'shop.example.com', path: '' }],
    ['https://shop.example.com/', { host: 'shop.example.com', path: '' }],
    ['HTTPS://WWW.Example.COM/Vip2026', { host: 'example.com', path: '/Vip2026' }],
    ['ｓｈｏｐ．ｅｘａｍｐｌｅ．ｃｏｍ', { host: 'shop.example.com', path: '' }],
    ['t.cn/A6x9Kq', { host: 't.cn', path: '/A6x9Kq' }],
    ['mini.example.store/a?b=1', { host: 'mini.example.store', path: '/a' }],
  ])('reads the link %s', (value, expected) => {
    expect(parseAllowlistLink(value)).toEqual(expected);
  });

  it.each(['', '门店官网', 'not a link', 'https://', 'localhost', 'a b.com', 'service@example.com', 'https://example.com/活动'])('refuses %j as a link', (value) => {
    expect(parseAllowlistLink(value)).toBeNull();
  });

  it.each([
    ['400-888-6666', '4008886666'],
    ['0755-8888 6666', '075588886666'],
    ['(010)12345678', '01012345678'],
    ['+86 138 0013 8000', '13800138000'],
    ['１３８００１３８０００', '13800138000'],
  ])('reads the number %s', (value, digits) => {
    expect(parseAllowlistPhone(value)).toBe(digits);
  });

  it.each(['门店座机', '12345', '110', '138001380001', '4008-88'])('refuses %j as a number', (value) => {
    expect(parseAllowlistPhone(value)).toBeNull();
  });

  it('keeps what the screening compares, and says in plain words why an entry is refused', () => {
    expect(normalizedAllowlistValue({ kind: 'link', value: 'https://WWW.shop.example.com/renew/' })).toBe('shop.example.com/renew');
    expect(normalizedAllowlistValue({ kind: 'phone', value: '400-888-6666' })).toBe('4008886666');
    expect(sendingAllowlistFormSchema.safeParse({ kind: 'link', value: '门店官网', note: '' }).error?.issues[0]?.message).toBe('allowlistLink');
    expect(sendingAllowlistFormSchema.safeParse({ kind: 'phone', value: '门店座机', note: '' }).error?.issues[0]?.message).toBe('allowlistPhone');
    expect(sendingAllowlistFormSchema.safeParse({ kind: 'phone', value: '', note: '' }).error?.issues[0]?.message).toBe('required');
  });

  it('allows a site with its subdomains, and a path only with what lies under it', () => {
    const allowed = [parseAllowlistLink('example.com')!, parseAllowlistLink('t.cn/A6x9Kq')!];
    expect(isLinkAllowed(parseLinkAddress('https://m.example.com/x')!, allowed)).toBe(true);
    expect(isLinkAllowed(parseLinkAddress('https://example.com.evil.top/x')!, allowed)).toBe(false);
    expect(isLinkAllowed(parseLinkAddress('https://notexample.com')!, allowed)).toBe(false);
    expect(isLinkAllowed(parseLinkAddress('t.cn/A6x9Kq')!, allowed)).toBe(true);
    expect(isLinkAllowed(parseLinkAddress('t.cn/A6x9Kqz')!, allowed)).toBe(false);
    expect(isLinkAllowed(parseLinkAddress('t.cn/a6x9kq')!, allowed)).toBe(false);
  });
});
