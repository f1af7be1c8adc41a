// Looks at Zooport in a freshly generated app that installed the packed
// plugins: signs in as the guest, opens the paw tab of the example org's
// group and the request-support card on the example component, checks what
// they show and keeps a screenshot of each.
//
//   node browse.mjs <app url> <screenshot dir>
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [url, dir] = process.argv.slice(2);
// The group of the generated app's example org (examples/org.yaml), given a
// desk by its zooport.dev/animal annotation, and the example component it
// owns (examples/entities.yaml).
const group = 'guests';
const component = 'example-website';

mkdirSync(dir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

const checks = [];
async function check(name, run) {
  const started = Date.now();
  try {
    await run();
    checks.push({ name, ok: true });
    console.log(`ok  ${name} (${Math.round((Date.now() - started) / 1000)} s)`);
  } catch (error) {
    checks.push({ name, ok: false });
    console.log(`FAIL ${name}: ${error.message.split('\n')[0]}`);
  }
}

const screenshot = (page, name) =>
  page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });

try {
  const page = await browser.newPage({
    viewport: { width: 1400, height: 900 },
  });
  page.setDefaultTimeout(120_000);
  const errors = [];
  page.on('pageerror', error => errors.push(error.message));

  await check('the guest signs in', async () => {
    await page.goto(url);
    await page.getByRole('button', { name: 'Enter' }).click();
    // The sidebar's entry comes from the discovered frontend plugin.
    await page.getByRole('link', { name: 'Zooport' }).waitFor();
    await screenshot(page, 'signed-in');
  });

  await check(`the paw tab of group ${group} shows its desk`, async () => {
    await page.goto(`${url}/catalog/default/group/${group}`);
    const tab = page.locator(
      `a[href="/catalog/default/group/${group}/zooport"]`,
    );
    await tab.first().click();
    await page.waitForURL(new RegExp(`/group/${group}/zooport$`));
    await page.getByText(`${group} support desk`).waitFor();
    await page.getByText('The koala', { exact: true }).first().waitFor();
    await page.getByText('On duty now').first().waitFor();
    await page.getByText('This desk has no rotation yet.').waitFor();
    await screenshot(page, 'paw-tab');
  });

  await check(
    `the request-support card on component ${component}`,
    async () => {
      await page.goto(`${url}/catalog/default/component/${component}`);
      const card = page.locator('.MuiCard-root', {
        hasText: 'Request support',
      });
      await card.getByText('Support for this component comes from').waitFor();
      await card.getByText('The koala', { exact: true }).waitFor();
      await card
        .getByRole('button', { name: 'Request support from the koala' })
        .waitFor();
      await screenshot(page, 'request-support-card');
    },
  );

  await check('the Zooport page lists the desk', async () => {
    await page.goto(`${url}/zooport`);
    await page.getByRole('heading', { name: 'Zooport', level: 1 }).waitFor();
    await page.getByText('The koala', { exact: true }).first().waitFor();
    await screenshot(page, 'zooport-page');
  });

  if (errors.length > 0) {
    console.log(`Errors in the page:\n  ${errors.join('\n  ')}`);
  }
  if (checks.some(c => !c.ok)) {
    await screenshot(page, 'failure');
  }
} finally {
  await browser.close();
}
console.log(`Screenshots in ${dir}`);
// The test command's closing line counts these checks too.
writeFileSync(
  join(dir, 'checks.json'),
  JSON.stringify({
    passed: checks.filter(c => c.ok).length,
    failed: checks.filter(c => !c.ok).length,
  }),
);
process.exitCode = checks.every(c => c.ok) ? 0 : 1;
