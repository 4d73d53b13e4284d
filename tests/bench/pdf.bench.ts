import { chromium } from '@playwright/test';
import { chromiumArgs, resolveChromiumPath } from '../e2e/support/chromium';
import { median, round, type BenchFigure } from './bench-result';
import type { PdfBenchApi } from './harness/pdf-harness';
import { startStaticServer } from './static-server';

type Harness = { pdfBench: PdfBenchApi };

/**
 * The signed letter with one signature, made in Chromium by the app's own
 * code from the built bundle: time from 确认签署 to the signed PDF for the
 * first letter of a fresh page (after what the wizard does in the background:
 * font, subsetter, signing identity when it opens, one rehearsal letter
 * thrown away during 阅读; timed apart) and the median of the next ones; and the file's
 * size.
 */
export async function measureSignedLetterPdf(distDir: string, runs = 6): Promise<BenchFigure[]> {
  const server = await startStaticServer(distDir);
  const executablePath = resolveChromiumPath();
  const browser = await chromium.launch({ args: chromiumArgs, ...(executablePath ? { executablePath } : {}) });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/bench/`);
    await page.getByText('ready').waitFor();
    const result = await page.evaluate((count) => (window as unknown as Harness).pdfBench.signedLetters(count), runs);
    if (result.header !== '%PDF-') throw new Error(`the harness did not produce a PDF (${result.header})`);
    const [first = NaN, ...rest] = result.samples;
    return [
      {
        name: 'signed letter PDF, one signature: first of a session',
        value: round(first / 1000, 2),
        unit: 's',
        target: 1,
        better: 'lower',
        detail: `之后 ${rest.length} 次中位数 ${round(median(rest) / 1000, 2)} s；签署向导在后台加载字体、子集工具和签名证书、在阅读步骤预演一封（不保存）共 ${round(result.prepareMs / 1000, 2)} s`,
      },
      { name: 'signed letter PDF, one signature: size', value: round(result.bytes / 1000, 1), unit: 'KB', target: 250, better: 'lower', detail: '两联正本 + 存证页，已签名' },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
