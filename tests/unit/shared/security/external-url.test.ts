import { describe, expect, it } from 'vitest';
import { parseSafeExternalUrl } from '@shared/security/external-url';

describe('parseSafeExternalUrl', () => {
  it.each([
    ['https://www.miit.gov.cn/', 'https://www.miit.gov.cn/'],
    ['https://www.cac.gov.cn/path?q=1#x', 'https://www.cac.gov.cn/path?q=1#x'],
    ['https://例子.中国/', 'https://xn--fsqu00a.xn--fiqs8s/'],
  ])('accepts %s', (input, expected) => {
    expect(parseSafeExternalUrl(input)).toBe(expected);
  });

  it.each([
    ['http', 'http://www.miit.gov.cn/'],
    ['file', 'file:///etc/passwd'],
    ['javascript', 'javascript:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['custom scheme', 'app://app/index.html'],
    ['smb share', 'smb://server/share'],
    ['credentials', 'https://user:pass@example.com/'],
    ['odd port', 'https://example.com:8443/'],
    ['localhost', 'https://localhost/'],
    ['sub of localhost', 'https://a.localhost/'],
    ['mdns', 'https://printer.local/'],
    ['ip address', 'https://192.168.1.1/'],
    ['ipv6', 'https://[::1]/'],
    ['single label', 'https://intranet/'],
    ['leading space', ' https://example.com/'],
    ['control character', 'https://exa\u0007mple.com/'],
    ['not a url', 'example.com'],
    ['empty', ''],
    ['number', 42],
    ['undefined', undefined],
    ['too long', `https://example.com/${'a'.repeat(2100)}`],
  ])('refuses %s', (_label, input) => {
    expect(parseSafeExternalUrl(input)).toBeNull();
  });
});
