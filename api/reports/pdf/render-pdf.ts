import { launchChromium } from './chromium.js';

// One Chromium at a time per process: each takes a core and ~150 MB while it prints.
let printing: Promise<unknown> = Promise.resolve();

async function print(page: string): Promise<Buffer> {
  const chromium = await launchChromium();
  try {
    const tab = await chromium.context.newPage();
    await tab.route('**/*', (route) => route.abort());
    await tab.setContent(page, { waitUntil: 'load' });
    return await tab.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await chromium.close();
  }
}

/**
 * Prints a self-contained HTML page to an A4 PDF in headless Chromium, after any print already
 * under way. The page may fetch nothing: every request is aborted, so a report that tried would
 * show it rather than leak it.
 */
export function renderPdf(page: string): Promise<Buffer> {
  const run = printing.then(() => print(page));
  printing = run.catch(() => undefined);
  return run;
}
