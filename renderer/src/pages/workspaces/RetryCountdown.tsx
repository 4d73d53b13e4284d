import { useEffect, useState } from 'react';
import { t } from '@renderer/i18n/t';

type RetryCountdownProps = Readonly<{ until: number; now: () => number; onDone: () => void }>;

/** "请在 N 秒后重试", counting down, then lets the form be used again. */
export function RetryCountdown({ until, now, onDone }: RetryCountdownProps) {
  const [remaining, setRemaining] = useState(() => Math.max(0, Math.ceil((until - now()) / 1000)));
  useEffect(() => {
    const timer = window.setInterval(() => {
      const left = Math.max(0, Math.ceil((until - now()) / 1000));
      setRemaining(left);
      if (left === 0) {
        window.clearInterval(timer);
        onDone();
      }
    }, 1000);
    return () => window.clearInterval(timer);
  }, [until, now, onDone]);
  return (
    <p className="notice" role="status">
      {t('unlock.retryIn', { seconds: remaining })}
    </p>
  );
}
