import { useCallback, useState } from 'react';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { toWriteAppError } from '@renderer/errors/quota-exceeded';

/**
 * A button's action and the line it reports in: `working` while it runs (the
 * button disables itself), and any failure shown as its Chinese message.
 */
export function useUserAction() {
  const [working, setWorking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const run = useCallback(async (action: () => Promise<void>) => {
    setWorking(true);
    try {
      await action();
    } catch (error) {
      setMessage(describeErrorZhCN(toWriteAppError(error).code));
    } finally {
      setWorking(false);
    }
  }, []);
  return { working, message, setMessage, run };
}
