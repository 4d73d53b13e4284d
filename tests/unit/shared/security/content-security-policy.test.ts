import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy, contentSecurityPolicyDirectives } from '@shared/security/content-security-policy';

describe('content security policy', () => {
  const policy = buildContentSecurityPolicy();

  it('allows scripts from the app itself only (WebAssembly may compile, JavaScript may not be eval-ed)', () => {
    expect(contentSecurityPolicyDirectives['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
  });

  it('starts from nothing allowed and forbids plugins, framing and base rewriting', () => {
    expect(policy.startsWith("default-src 'none'")).toBe(true);
    for (const directive of ["object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'none'", "frame-src 'none'"]) {
      expect(policy).toContain(directive);
    }
  });

  it('never allows inline code, eval or remote hosts', () => {
    expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:|\*/);
  });
});
