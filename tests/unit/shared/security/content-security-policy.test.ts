import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy, contentSecurityPolicyDirectives } from '@shared/security/content-security-policy';

describe('content security policy', () => {
  const policy = buildContentSecurityPolicy();

  it('allows scripts from the app itself only', () => {
    expect(contentSecurityPolicyDirectives['script-src']).toEqual(["'self'"]);
    expect(policy).toContain("script-src 'self';");
  });

  it('starts from nothing allowed and forbids plugins, framing and base rewriting', () => {
    expect(policy.startsWith("default-src 'none'")).toBe(true);
    for (const directive of ["object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'none'", "frame-src 'none'"]) {
      expect(policy).toContain(directive);
    }
  });

  it('never allows inline code, eval or remote hosts', () => {
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});
