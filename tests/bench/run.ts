import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { chromiumArgs, resolveChromiumPath } from '../e2e/support/chromium';
import { meetsTarget, type BenchFigure, type BenchResult } from './bench-result';
import { measureImportAndExport } from './import.bench';
import { measureMarkLifting } from './marks.bench';
import { measureObligationEngine } from './obligations.bench';
import { measureSignedLetterPdf } from './pdf.bench';
import { measureBundleSize, measureFirstRender, measureIpcGuardOverhead } from './shell.bench';
import { measureStorage } from './storage.bench';

// `npm run bench`: every figure measured in this one run, printed as a table
// (baseline beside the figure where it is a comparison) and written to
// bench-results.json. Run after `npm run build` (the npm script does it).

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// BENCH_ONLY=import measures only the import and export figures (to work on them; the full run is the reference).
const only = process.env['BENCH_ONLY'];

async function main(): Promise<void> {
  const figures: BenchFigure[] = [];
  if (only === 'import') {
    figures.push(...(await measureImportAndExport(path.join(projectRoot, 'dist'), (line) => console.log(line))));
    printTable(figures);
    return;
  }
  figures.push(await measureBundleSize(path.join(projectRoot, 'dist')));
  figures.push(await measureIpcGuardOverhead());
  // The engine before the 12-megapixel photo: that one leaves the heap full
  // of garbage whose collection would otherwise land in the engine's runs.
  figures.push(measureObligationEngine());
  figures.push(measureMarkLifting());

  const server = await preview({
    configFile: path.join(projectRoot, 'vite.config.ts'),
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 4390, strictPort: false },
  });
  const baseUrl = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4390/';
  const executablePath = resolveChromiumPath();
  const browser = await chromium.launch({ args: chromiumArgs, ...(executablePath ? { executablePath } : {}) });
  try {
    figures.push(await measureFirstRender(browser, baseUrl));
  } finally {
    await browser.close();
    await server.close();
  }

  figures.push(...(await measureSignedLetterPdf(path.join(projectRoot, 'dist'))));
  figures.push(...(await measureStorage(path.join(projectRoot, 'dist'), (line) => console.log(line))));
  figures.push(...(await measureImportAndExport(path.join(projectRoot, 'dist'), (line) => console.log(line))));

  printTable(figures);
  const results: BenchResult[] = figures.map(({ name, value, unit, target, better }) => ({ name, value, unit, target, better }));
  await writeFile(path.join(projectRoot, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n已写入 bench-results.json（${results.length} 项）`);
}

function printTable(figures: readonly BenchFigure[]): void {
  const rows = figures.map((figure) => [
    figure.name,
    `${figure.value} ${figure.unit}`,
    `${figure.better === 'lower' ? '≤' : '≥'} ${figure.target} ${figure.unit}`,
    meetsTarget(figure) ? 'ok' : 'MISSED',
    figure.detail ?? '',
  ]);
  const header = ['figure', 'value', 'target', '', 'measured side by side'];
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
  for (const row of rows) console.log(line(row));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
