import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { paper, seal } from '../support/synthetic-marks';
import { toY4m } from '../support/synthetic-files';
import { MarksPage } from './pages/marks.page';
import { SigningPage } from './pages/signing.page';
import { WorkspacePage } from './pages/workspace.page';
import { chromiumArgs, resolveChromiumPath } from './support/chromium';

// Chromium's fake camera plays a synthetic seal (a Y4M video made here,
// before any test runs; one file, written over on each run).
const video = path.join(tmpdir(), 'sms-ca-fake-seal.y4m');
writeFileSync(video, toY4m(seal(paper(640, 480, { tint: [240, 236, 226], noise: 4 }), { cx: 0.5, cy: 0.5, radius: 0.32 })));
const executablePath = resolveChromiumPath();

test.use({
  launchOptions: {
    args: [...chromiumArgs, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
    ...(executablePath ? { executablePath } : {}),
  },
});

type CameraLog = { calls: number; tracks: MediaStreamTrack[] };

test('the camera captures a seal inside the capture flow only, and is released when the flow closes', async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    const log: CameraLog = { calls: 0, tracks: [] };
    (window as unknown as { cameraLog: CameraLog }).cameraLog = log;
    const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      log.calls += 1;
      const stream = await original(constraints);
      log.tracks.push(...stream.getTracks());
      return stream;
    };
  });
  const cameraLog = () => page.evaluate(() => {
    const log = (window as unknown as { cameraLog: CameraLog }).cameraLog;
    return { calls: log.calls, live: log.tracks.filter((track) => track.readyState === 'live').length };
  });

  await new WorkspacePage(page).create('摄像头门店');
  const signing = new SigningPage(page);
  await signing.open();
  await signing.fillOperator();
  await signing.readToEnd();
  await page.getByRole('button', { name: '下一步' }).click();
  expect(await cameraLog()).toEqual({ calls: 0, live: 0 });

  await page.getByTestId('mark-capture-seal').getByRole('button', { name: '用摄像头拍摄…' }).click();
  const dialog = page.getByRole('dialog', { name: '用摄像头拍摄' });
  await expect(dialog.getByText('把印迹放在框内')).toBeVisible({ timeout: 20_000 });
  expect(await cameraLog()).toEqual({ calls: 1, live: 1 });
  await dialog.getByRole('button', { name: '拍照' }).click();
  await new MarksPage(page).expectAccepted('seal');
  await expect(dialog).toHaveCount(0);
  expect(await cameraLog()).toEqual({ calls: 1, live: 0 });

  await page.getByTestId('mark-capture-seal').getByRole('button', { name: '用摄像头拍摄…' }).click();
  await expect(dialog.getByText('把印迹放在框内')).toBeVisible({ timeout: 20_000 });
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await cameraLog()).toEqual({ calls: 2, live: 0 });
});
