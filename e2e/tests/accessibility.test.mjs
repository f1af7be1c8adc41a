import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accessibilityProblems, signedInSession } from '../browser.mjs';
import { frontendUrl } from '../portal.mjs';

// Every Zooport page and dialog, as the demo's person on the platform team
// sees them: axe-core finds no serious or critical WCAG 2.1 A/AA problem.

const session = signedInSession();
const pawTab = '/catalog/default/group/platform-software/zooport';
const componentPage = '/catalog/default/component/deploy-pipeline';

async function visit(path, ready) {
  await session.page.goto(`${frontendUrl}${path}`);
  await ready(session.page).waitFor();
  await session.page.waitForLoadState('networkidle');
}

async function assertAccessible(include) {
  assert.deepEqual(await accessibilityProblems(session.page, include), []);
}

const pages = [
  ['the zoo', '/zooport', p => p.getByRole('tab', { name: 'Zoo' })],
  [
    'the request queues',
    '/zooport/requests',
    p => p.getByRole('button', { name: 'New request' }),
  ],
  [
    'the knowledge base',
    '/zooport/knowledge',
    p => p.getByRole('tab', { name: 'Knowledge base', selected: true }),
  ],
  [
    'my duty',
    '/zooport/duty',
    p => p.getByRole('tab', { name: 'My duty', selected: true }),
  ],
  [
    'the insights',
    '/zooport/insights',
    p => p.getByRole('table', { name: 'Key figures per desk' }),
  ],
  [
    "a team's paw tab",
    pawTab,
    p => p.getByRole('button', { name: 'Edit rotation' }),
  ],
  [
    "a component's request-support card",
    componentPage,
    p => p.getByRole('button', { name: /^Request support from/ }),
  ],
];

for (const [name, path, ready] of pages) {
  test(`${name}: no serious accessibility problem`, async () => {
    await visit(path, ready);
    await assertAccessible();
  });
}

test('a filed request, its page and its resolve dialog: no serious accessibility problem', async () => {
  const title = `Accessible request (e2e ${Date.now()})`;
  const page = session.page;
  await visit(componentPage, p =>
    p.getByRole('button', { name: /^Request support from/ }),
  );
  await page.getByRole('button', { name: /^Request support from/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Request type').selectOption({ label: 'Question' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Description').fill('Where do the deploy logs go?');
  await dialog.getByRole('button', { name: 'Request support' }).click();
  const filed = page.getByRole('dialog', { name: 'Request filed' });
  await filed.getByText('First response by').waitFor();
  await assertAccessible('[role="dialog"]');
  await filed.getByRole('link', { name: 'Open the request' }).click();

  await page.getByRole('heading', { name: title }).first().waitFor();
  await page.waitForLoadState('networkidle');
  await assertAccessible();
  await page.getByRole('button', { name: 'Resolve…' }).click();
  await page.getByRole('dialog').waitFor();
  await assertAccessible('[role="dialog"]');
  await page.keyboard.press('Escape');
});

test('an entry page: no serious accessibility problem', async () => {
  await visit('/zooport/knowledge', p =>
    p.getByRole('tab', { name: 'Knowledge base', selected: true }),
  );
  await session.page.locator('a[href*="/zooport/knowledge/"]').first().click();
  await session.page.waitForURL(/\/zooport\/knowledge\/.+/);
  await session.page.waitForLoadState('networkidle');
  await assertAccessible();
});

const dialogs = [
  ['the request dialog', componentPage, /^Request support from/],
  ['the rotation editor', pawTab, 'Edit rotation'],
  ['the desk editor', pawTab, 'Edit desk'],
  ['the override dialog', pawTab, 'Change who is on duty'],
  ['the request type dialog', pawTab, 'New request type'],
  ['the entry dialog', pawTab, 'New entry'],
];

for (const [name, path, button] of dialogs) {
  test(`${name}: no serious accessibility problem`, async () => {
    await visit(path, p => p.getByRole('button', { name: button }).first());
    await session.page.getByRole('button', { name: button }).first().click();
    const dialog = session.page.getByRole('dialog');
    await dialog.waitFor();
    await session.page.waitForLoadState('networkidle');
    await assertAccessible('[role="dialog"]');
    await session.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });
}
