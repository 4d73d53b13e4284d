import type { Page } from '@playwright/test';

type ArgsOf<F> = F extends (...args: infer A) => unknown ? A : never;
type ResultOf<F> = F extends (...args: never[]) => infer R ? Awaited<R> : never;

/**
 * Calls a method of a bench harness the page put on `window` (storageBench,
 * importBench, backupBench…), typed by that harness's API.
 */
export function harnessCaller<Api extends object>(harness: string) {
  return <K extends keyof Api & string>(page: Page, method: K, ...args: ArgsOf<Api[K]>): Promise<ResultOf<Api[K]>> =>
    page.evaluate(
      ([name, key, values]) => {
        const api = (window as unknown as Record<string, Record<string, (...input: unknown[]) => unknown>>)[name];
        if (api === undefined) throw new Error(`no ${name} on this page`);
        return api[key]!(...values);
      },
      [harness, method, args as unknown[]] as const,
    ) as Promise<ResultOf<Api[K]>>;
}
