import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  accessibilityProblems,
  signedInSession,
  screenshot,
} from '../browser.mjs';
import { apiAs, frontendUrl } from '../portal.mjs';

// A member of the system operators (not a Zooport admin) sends their desk's
// events to a Teams channel, then takes the webhook away again. The
// address is an IP literal, public, so the check passes without DNS; the
// webhook is removed before any request could be posted to it.
const member = 'sofia.rossi';
const pawTab = `${frontendUrl}/catalog/default/group/system-operators/zooport`;
const webhookApi = '/zooport/desks/default/system-operators/webhook';
const address = 'https://8.8.8.8/workflows/zooport-e2e';

const session = signedInSession(member);

async function openWebhookEditor() {
  await session.page.getByRole('button', { name: 'Edit webhook' }).click();
  return session.page.getByRole('dialog', { name: 'Desk webhook' });
}

test('a member sets a Teams webhook, sees it on the paw tab, and removes it', async () => {
  await session.page.goto(pawTab);
  // The card's content, below its title.
  const card = session.page.locator('[class*="MuiCardContent-root"]', {
    hasText: /^(No webhook|https:)/,
  });
  await card.getByText(/^No webhook/).waitFor();

  let dialog = await openWebhookEditor();
  await dialog.getByLabel('Webhook URL').fill(address);
  await dialog
    .getByLabel('Format')
    .selectOption({ label: 'Teams (Adaptive Card)' });
  await dialog.getByText(/Teams Workflow/).waitFor();
  assert.deepEqual(
    await accessibilityProblems(session.page, '[role="dialog"]'),
    [],
  );
  await screenshot(session.page, 'desk-webhook-editor-teams');
  await dialog.getByRole('button', { name: 'Save webhook' }).click();
  await dialog.waitFor({ state: 'detached' });

  await card.getByText('Format: Teams (Adaptive Card)').waitFor();
  await card.getByText(address).waitFor();
  await card.scrollIntoViewIfNeeded();
  await screenshot(session.page, 'desk-webhook-card-teams');
  const stored = await apiAs(member, webhookApi);
  assert.equal(stored.url, address);
  assert.equal(stored.format, 'teams');

  dialog = await openWebhookEditor();
  assert.equal(await dialog.getByLabel('Format').inputValue(), 'teams');
  await dialog.getByLabel('Webhook URL').fill('');
  await dialog.getByRole('button', { name: 'Save webhook' }).click();
  await dialog.waitFor({ state: 'detached' });
  await card.getByText(/^No webhook/).waitFor();
  const removed = await apiAs(member, webhookApi);
  assert.equal(removed.url, null);
  assert.equal(removed.format, 'json');
});
