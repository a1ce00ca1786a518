import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { axeViolations, formatViolations, severe } from './support/axe';
import { overflowing } from './support/overflow';
import { startWithEmptyStorage } from './support/storage';
import { transitionsSettled } from './support/transitions';

/*
 * Every dialog and menu a user reaches from the top bar, in a Russian browser at 1280×720 (where the
 * bar folds Flows, JSON and Import into "Ещё"), in the light and the dark theme: axe finds nothing,
 * no English word is shown or read out, and no control cuts its text. Each screen is also saved as
 * /tmp/axe7-<screen>-<theme>.png for a person to look at.
 */

test.use({
  locale: 'ru-RU',
  viewport: { width: 1280, height: 720 },
  permissions: ['clipboard-read', 'clipboard-write'],
});

test.beforeEach(async ({ page }) => {
  await startWithEmptyStorage(page);
});

type Theme = 'light' | 'dark';

const topBar = (page: Page) => page.getByRole('banner');

async function openDesigner(page: Page, theme: Theme, path = '/') {
  await page.goto(path);
  // Generous: the first paint of a production build on a busy test machine.
  await expect(page.getByRole('region', { name: 'Отгружен', exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(topBar(page).getByRole('status').filter({ hasText: 'Справочники' })).toBeAttached();
  // The demo server's opening message is not a dialog: out of the way, as a user would put it.
  const messages = page.getByRole('list', { name: 'Сообщения' });
  while ((await messages.getByRole('button', { name: 'Скрыть сообщение' }).count()) > 0)
    await messages.getByRole('button', { name: 'Скрыть сообщение' }).first().click();
  if (theme === 'dark') {
    await topBar(page).getByRole('button', { name: 'Тёмная тема' }).click();
    await expect(page.locator('html')).toHaveClass(/dark/);
  }
}

/** A top bar action, from its button or, when the bar has folded it, from the "Ещё" menu. */
async function barAction(page: Page, name: string) {
  const button = topBar(page).getByRole('button', { name, exact: true });
  if (await button.isVisible()) return button.click();
  await topBar(page).getByRole('button', { name: 'Ещё', exact: true }).click();
  await page.getByRole('menu', { name: 'Ещё' }).getByRole('menuitem', { name, exact: true }).click();
}

/** Latin in Russian too: formats, products, keyboard keys, and codes such as OF101 or BPMN_WORK_TIME. */
const LATIN_IN_RUSSIAN = [
  /^(JSON|BPMN|Camunda|Orderflow|SMS|UTC)$/i,
  /^(Ctrl|Shift|Alt|Esc|Enter|Tab|Delete|Backspace|F\d+|[A-Z])$/,
  /^[A-Z]+_?\d+$|^[A-Z]+(_[A-Z]+)+$/,
  /^orderflow(\.\w+)*$/,
];

/**
 * Latin words a Russian user would see or hear in `scope`: its visible text, tooltips, placeholders
 * and accessible names, except those in `screen.allow` and the text of `screen.ignore`'s elements.
 */
async function englishWords(scope: Locator, screen: Screen): Promise<string[]> {
  const texts = await scope.evaluate((root, ignore) => {
    let shown = (root as HTMLElement).innerText;
    if (ignore)
      for (const el of root.querySelectorAll<HTMLElement>(ignore)) shown = shown.replace(el.innerText, '');
    const found = [shown];
    for (const el of [root, ...root.querySelectorAll('*')])
      for (const attribute of ['title', 'aria-label', 'placeholder', 'aria-description'])
        found.push(el.getAttribute(attribute) ?? '');
    return found.join('\n');
  }, screen.ignore);
  const allowed = [...LATIN_IN_RUSSIAN, ...(screen.allow ?? [])];
  const words = texts.match(/[A-Za-z][\w.'’]*\w|[A-Za-z]/g) ?? [];
  return [...new Set(words.filter((word) => !allowed.some((pattern) => pattern.test(word))))];
}

interface Screen {
  name: string;
  /** Opens the screen as a user would and returns it once it shows what it is for. */
  open(page: Page): Promise<Locator>;
  path?: string;
  /** Latin words this screen may show, each with the reason where it is given. */
  allow?: RegExp[];
  /** Elements whose text is the same in every language (CSS selector). */
  ignore?: string;
}

const brokenFile = {
  name: 'сломанный.orderflow.json',
  mimeType: 'application/json',
  buffer: Buffer.from('{"format": "orderflow.flow", "version": 1, "statuses": 3}'),
};

async function exportMenu(page: Page) {
  await topBar(page).getByRole('button', { name: 'Экспорт', exact: true }).click();
  const menu = page.getByRole('menu', { name: 'Экспорт' });
  await expect(menu).toBeVisible();
  return menu;
}

/** The design saved to the server, so its history has a revision to show and compare. */
async function saveToServer(page: Page) {
  await topBar(page).getByRole('button', { name: 'Сохранить', exact: true }).click();
  await expect(topBar(page).getByText(/^Сохранено на сервере · версия \d+$/)).toBeAttached();
}

/** Deletes the "Отгружен" status: a change to undo and to compare with a saved revision. */
async function deleteShipped(page: Page) {
  await page.getByRole('button', { name: 'Действия со статусом: Отгружен' }).click();
  await page.getByRole('menuitem', { name: 'Удалить статус…' }).click();
  await page
    .getByRole('dialog', { name: 'Удалить статус «Отгружен»?' })
    .getByRole('button', { name: 'Удалить статус' })
    .click();
  await expect(page.getByRole('region', { name: 'Отгружен', exact: true })).toHaveCount(0);
}

const screens: Screen[] = [
  {
    name: 'flows',
    async open(page) {
      await barAction(page, 'Процессы');
      const dialog = page.getByRole('dialog', { name: 'Процессы' });
      await expect(
        dialog.getByRole('list', { name: 'Процессы на сервере' }).getByRole('listitem').first(),
      ).toBeVisible();
      return dialog;
    },
  },
  {
    name: 'revisions',
    // The demo server's user is called "demo": data, not text.
    allow: [/^demo$/],
    async open(page) {
      await saveToServer(page);
      await topBar(page).getByRole('button', { name: 'Версии', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: /^Версии схемы/ });
      await expect(dialog.getByRole('list', { name: 'Версии, сначала новые' })).toBeVisible();
      return dialog;
    },
  },
  {
    name: 'revision-changes',
    // The demo server's user is called "demo": data, not text.
    allow: [/^demo$/],
    async open(page) {
      await saveToServer(page);
      // A change after the save, so the comparison has something to list.
      await deleteShipped(page);
      await topBar(page).getByRole('button', { name: 'Версии', exact: true }).click();
      await page
        .getByRole('dialog', { name: /^Версии схемы/ })
        .getByRole('button', { name: /^Открыть версию/ })
        .first()
        .click();
      const dialog = page.getByRole('dialog', { name: /^Версия \d+ схемы «.+» \(только просмотр\)$/ });
      await dialog.getByRole('button', { name: 'Отличия от открытой схемы' }).click();
      await expect(dialog.getByText(/Статус «Отгружен» удалён/).first()).toBeVisible();
      return dialog;
    },
  },
  {
    name: 'history',
    async open(page) {
      await deleteShipped(page);
      await topBar(page).getByRole('button', { name: 'История изменений' }).click();
      const menu = page.getByRole('menu', { name: 'История изменений' });
      await expect(menu.getByRole('menuitem').first()).toBeVisible();
      return menu;
    },
  },
  {
    name: 'import',
    async open(page) {
      await barAction(page, 'Импорт');
      const dialog = page.getByRole('dialog', { name: 'Импорт процесса' });
      await dialog.getByLabel('Файл процесса').setInputFiles(brokenFile);
      await expect(
        dialog.getByText('Этот файл нельзя импортировать; открытая схема не изменится.'),
      ).toBeVisible();
      return dialog;
    },
  },
  {
    name: 'export',
    async open(page) {
      return exportMenu(page);
    },
  },
  {
    name: 'bpmn',
    // Addressed to whoever deploys the file: the task type it must serve, and Camunda's own term.
    allow: [/^orderflow\.runTime$/, /^(job|worker)$/],
    async open(page) {
      const menu = await exportMenu(page);
      await menu.getByRole('menuitem', { name: 'BPMN 2.0 (Camunda 8)' }).click();
      const dialog = page.getByRole('dialog', { name: /^Экспорт в BPMN/ });
      await expect(dialog).toBeVisible();
      return dialog;
    },
  },
  {
    name: 'settings',
    // Time zones are listed, and found, by their IANA names ("Europe/Moscow"), as in Bitrix24.
    ignore: '[role="listbox"], select',
    allow: [/^Moscow$/],
    async open(page) {
      await page.getByRole('heading', { level: 1 }).getByRole('button').click();
      const dialog = page.getByRole('dialog', { name: 'Настройки процесса' });
      await expect(dialog.getByRole('listbox').first()).toBeVisible();
      return dialog;
    },
  },
  {
    name: 'share',
    // The design's own data (an order number pattern) and React Flow's credit link, named by it.
    allow: [/^(ORD|yyyy|seq)$/, /^(React|Flow|attribution)$/],
    async open(page) {
      const menu = await exportMenu(page);
      await menu.getByRole('menuitem', { name: 'Копировать ссылку для доступа' }).click();
      await expect(page.getByText('Ссылка для доступа скопирована в буфер обмена.')).toBeVisible();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      await page.goto(link);
      const dialog = page.getByRole('dialog', { name: /^Процесс по ссылке: .* \(только просмотр\)$/ });
      await expect(dialog.getByRole('region', { name: 'Отгружен', exact: true })).toBeVisible();
      return dialog;
    },
  },
  {
    name: 'shortcuts',
    async open(page) {
      await page.keyboard.press('?');
      const dialog = page.getByRole('dialog', { name: 'Горячие клавиши' });
      // Opens showing its title and its whole list, not scrolled down to the focused Close button.
      await expect(dialog.getByRole('heading', { name: 'Горячие клавиши' })).toBeInViewport({ ratio: 1 });
      await expect(dialog.getByRole('button', { name: 'Закрыть' })).toBeInViewport({ ratio: 1 });
      return dialog;
    },
  },
  {
    name: 'publish',
    async open(page) {
      await topBar(page).getByRole('button', { name: 'Опубликовать', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: /^Опубликовать версию/ });
      await expect(dialog).toBeVisible();
      return dialog;
    },
  },
  {
    name: 'publish-refused',
    async open(page) {
      // A robot with an empty required setting: publishing refuses and lists it.
      await page.locator('.react-flow__node[data-id="n_email_reminder"]').click();
      await page.getByRole('button', { name: 'Отправить письмо', exact: true }).click();
      await topBar(page).getByRole('button', { name: 'Опубликовать', exact: true }).click();
      const dialog = page
        .getByRole('dialog')
        .filter({ has: page.getByRole('heading') })
        .last();
      await expect(dialog.getByRole('button', { name: /^Опубликовать/ })).toHaveCount(0);
      await expect(dialog).toBeVisible();
      return dialog;
    },
  },
  {
    name: 'conflict',
    path: '/?fault=conflict',
    // The demo server's colleague renames the design "… (edited by a colleague)": data, not text.
    allow: [/^(edited|by|a|colleague)$/],
    async open(page) {
      await topBar(page).getByRole('button', { name: 'Сохранить', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Этот процесс уже сохранил кто-то другой' });
      await expect(
        dialog.getByRole('region', { name: 'Ваши изменения по сравнению с их версией' }),
      ).toBeVisible();
      return dialog;
    },
  },
  {
    name: 'add-status',
    async open(page) {
      await page.getByRole('button', { name: '+ Добавить статус' }).click();
      const dialog = page.getByRole('dialog', { name: /статус/i });
      await expect(dialog).toBeVisible();
      return dialog;
    },
  },
];

async function expectSpeaksRussian(page: Page, screen: Screen, theme: Theme, shown: Locator) {
  await transitionsSettled(page);
  await page.screenshot({ path: `/tmp/axe7-${screen.name}-${theme}.png` });
  // Compared as text, so a failure prints the readable list instead of axe's raw objects. The page
  // around the screen has nothing serious; the screen itself has nothing at all, minor included.
  expect.soft(formatViolations(severe(await axeViolations(page))), 'axe, the page').toBe('');
  await shown.evaluate((el) => el.setAttribute('data-axe-scope', ''));
  expect.soft(formatViolations(await axeViolations(page, { include: ['[data-axe-scope]'] })), 'axe').toBe('');
  expect.soft(await englishWords(shown, screen), 'English words').toEqual([]);
  expect(
    await overflowing(page, {
      controls: 'legend, th, [role="tab"], [role="option"]',
      panels: '[role="dialog"], [role="alertdialog"]',
    }),
    'cut text',
  ).toEqual([]);
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    for (const screen of screens)
      test(screen.name, async ({ page }) => {
        await openDesigner(page, theme, screen.path);
        const shown = await screen.open(page);
        await expectSpeaksRussian(page, screen, theme, shown);
      });
  });
}

test.describe('without the demo server', () => {
  // The demo server signs everyone in; a real one answers 401 until the form is sent.
  test.use({ serviceWorkers: 'block' });

  test('sign-in, with a wrong password refused', async ({ page }) => {
    await page.route('**/api/**', (route) =>
      route.fulfill({ status: 401, contentType: 'application/json', body: '{"message":"Not signed in."}' }),
    );
    await page.goto('/');
    const form = page.getByRole('form');
    await expect(form).toBeVisible({ timeout: 20_000 });
    await form.getByLabel(/./).first().fill('anna');
    await page.locator('input[type="password"]').fill('wrong');
    await page.keyboard.press('Enter');
    await expect(form.getByRole('alert')).toBeVisible();
    await expectSpeaksRussian(page, { name: 'sign-in', open: async () => form }, 'light', form);
  });
});
