import assert from 'node:assert/strict';
import { test } from 'node:test';
import { screenshot, signedInSession } from '../browser.mjs';
import { frontendUrl } from '../portal.mjs';

const session = signedInSession();

/**
 * Elements of the page with a white background or black text: colours
 * hard-coded for the light theme, unreadable in the dark one. Backstage's
 * own header navigation (`bui-`) draws a white underline on purpose.
 */
const lightThemeLeftovers = () =>
  session.page.evaluate(() => {
    return [...document.querySelectorAll('main *')]
      .filter(element => !String(element.className).includes('bui-'))
      .filter(element => {
        const style = getComputedStyle(element);
        const hasText = [...element.childNodes].some(
          node => node.nodeType === Node.TEXT_NODE && node.textContent.trim(),
        );
        return (
          style.backgroundColor === 'rgb(255, 255, 255)' ||
          (hasText && style.color === 'rgb(0, 0, 0)')
        );
      })
      .map(
        element =>
          `${element.tagName.toLowerCase()}.${
            element.className
          }: ${element.textContent.slice(0, 40)}`,
      );
  });

async function useDarkTheme() {
  await session.page.evaluate(() => localStorage.setItem('theme', 'dark'));
}

test('the paw tab reads well in the dark theme', async () => {
  await useDarkTheme();
  await session.page.goto(
    `${frontendUrl}/catalog/default/group/platform-software/zooport`,
  );
  await session.page.getByText('On duty now').waitFor();
  await session.page.getByRole('list', { name: 'Coming shifts' }).waitFor();
  await session.page.getByText('Request types', { exact: true }).waitFor();
  await screenshot(session.page, 'dark-paw-tab');
  assert.deepEqual(await lightThemeLeftovers(), []);
});

test('the zoo and the request queues read well in the dark theme', async () => {
  await session.page.goto(`${frontendUrl}/zooport`);
  await session.page.getByText('The turtle', { exact: true }).waitFor();
  await screenshot(session.page, 'dark-zoo');
  assert.deepEqual(await lightThemeLeftovers(), []);

  await session.page.goto(`${frontendUrl}/zooport/requests?queue=requested`);
  await session.page.getByLabel('Status').waitFor();
  await screenshot(session.page, 'dark-requests');
  assert.deepEqual(await lightThemeLeftovers(), []);
});

test("a desk's insights read well in the dark theme", async () => {
  await session.page.goto(`${frontendUrl}/zooport/insights`);
  await session.page
    .getByRole('combobox', { name: 'Desk' })
    .selectOption({ index: 1 });
  await session.page.getByText('Filed and resolved', { exact: true }).waitFor();
  await screenshot(session.page, 'dark-insights');
  assert.deepEqual(await lightThemeLeftovers(), []);
});
