// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '@renderer/app/ErrorBoundary';
import { AppError } from '@shared/errors/app-error';

afterEach(cleanup);

function Thrower({ error }: { error: unknown }): never {
  throw error;
}

describe('ErrorBoundary', () => {
  it('shows a Chinese message and a way back instead of a blank window; the code only for support tools', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary>
        <Thrower error={new TypeError('undefined is not a function')} />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('页面出了问题，没有显示出来。您的数据没有受影响。');
    expect(screen.getByRole('alert').getAttribute('data-error-code')).toBe('ui/render-failed');
    expect(screen.getByRole('alert').textContent).not.toContain('ui/render-failed');
    expect(screen.getByRole('link', { name: '返回首页' }).getAttribute('href')).toBe('/');
    expect(screen.getByRole('button', { name: '重新加载' })).toBeTruthy();
  });

  it('shows the message of a known AppError', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary>
        <Thrower error={new AppError('files/read-failed')} />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('文件读取失败');
  });

  it('renders its children when nothing fails', () => {
    render(
      <ErrorBoundary>
        <p>正常内容</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('正常内容')).toBeTruthy();
  });
});
