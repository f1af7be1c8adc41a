import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  accessibilityProblems,
  pageSignedInAs,
  screenshot,
  signedInSession,
} from '../browser.mjs';
import { frontendUrl } from '../portal.mjs';

const session = signedInSession();

/**
 * The grid cells of Zooport's widgets, by their lists, for axe-core: the
 * home page's own starred-entities widget, once it lists something, nests
 * other elements than list items in its list.
 */
const zooportWidgets = [
  'Desks for what you use',
  'Open requests at your desks',
  'Your requests',
]
  .map(label => `.react-grid-item:has([aria-label="${label}"])`)
  .join(', ');

/** A home page widget: the card under its title. */
const widget = title =>
  session.page.locator('.MuiCard-root', {
    has: session.page.getByText(title, { exact: true }),
  });

test('the portal opens on the home page with the three Zooport widgets and real data', async () => {
  const { page } = session;
  await page.goto(frontendUrl);

  const onDuty = widget('Who is on duty for what I use');
  const rows = onDuty.getByRole('list', { name: 'Desks for what you use' });
  await rows.getByText('The turtle', { exact: true }).waitFor();
  await rows.getByText(/Owns \d+ of your entities/).waitFor();
  await rows.getByText('Zooporter', { exact: true }).first().waitFor();

  const duty = widget('My duty');
  await duty
    .getByText(/^(You are on duty at|Your next shift is at) the 🐢 turtle desk/)
    .waitFor();
  await duty.getByText('Open at your desks').waitFor();

  const requests = widget('My requests');
  const mine = requests.getByRole('list', { name: 'Your requests' });
  await mine.getByRole('listitem').first().waitFor();
  assert.ok((await mine.getByRole('listitem').count()) >= 1);

  assert.equal(new URL(page.url()).pathname, '/');
  await screenshot(page, 'home-page');
  assert.deepEqual(await accessibilityProblems(page, zooportWidgets), []);
});

test("a starred component brings its team's desk onto the home page", async () => {
  const { page } = session;
  await page.goto(`${frontendUrl}/catalog/default/component/schema-migrator`);
  await page.getByRole('button', { name: /add to favorites/i }).click();
  await page.getByRole('button', { name: /remove from favorites/i }).waitFor();

  await page.goto(frontendUrl);
  const rows = widget('Who is on duty for what I use').getByRole('list', {
    name: 'Desks for what you use',
  });
  await rows.getByText('The elephant', { exact: true }).waitFor();
  await rows.getByText('You starred schema-migrator').waitFor();
  await screenshot(page, 'home-page-starred');
});

test("the turtle's Zooporter reads on their home page that they are on duty now", async () => {
  const zooporter = widget('Who is on duty for what I use')
    .getByRole('listitem')
    .filter({ hasText: 'The turtle' })
    .getByRole('listitem')
    .filter({ hasText: 'Zooporter' })
    .getByRole('link')
    .first();
  const userName = (await zooporter.getAttribute('href')).split('/').pop();

  const page = await pageSignedInAs(session.browser, userName);
  try {
    await page
      .locator('.MuiCard-root', { hasText: 'My duty' })
      .getByText(/^You are on duty at the 🐢 turtle desk \(Zooporter\) until/)
      .waitFor();
    await screenshot(page, 'home-page-zooporter');
  } finally {
    await page.context().close();
  }
});

test('the home page reads well in the dark theme', async () => {
  const { page } = session;
  await page.evaluate(() => localStorage.setItem('theme', 'dark'));
  await page.goto(frontendUrl);
  await widget('My requests')
    .getByRole('list', { name: 'Your requests' })
    .waitFor();
  await widget('My duty').getByText('Open at your desks').waitFor();
  await screenshot(page, 'dark-home-page');
  assert.deepEqual(await accessibilityProblems(page, zooportWidgets), []);
  await page.evaluate(() => localStorage.removeItem('theme'));
});
