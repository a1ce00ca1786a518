import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { compileMessages } from '../../../src/i18n/compile';
import { firstScreenMessages } from '../../../src/i18n/firstScreen';
import { loadLaterMessages, NOT_YET, withLaterAreas } from '../../../src/i18n/later';
import en, { areas as englishAreas } from '../../../src/i18n/messages/all.en';
import ru, { areas as russianAreas } from '../../../src/i18n/messages/all.ru';
import type { Messages } from '../../../src/i18n/messageTypes';
import { I18nProvider, useTranslator } from '../../../src/i18n/react';
import { createTranslator } from '../../../src/i18n/translator';
import { LoadPart } from '../../../src/ui/LoadPart';
import { lazyPart } from '../../../src/ui/lazyPart';

type Areas = Record<string, Record<string, string>>;

/** English and Russian as the designer's build ships them; `arrive()` lets the other areas in. */
function asBuilt() {
  let arrive = () => {};
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const later = (all: Record<string, string>) => () => arrived.then(() => compileMessages(all) as Messages);
  const english = withLaterAreas(compileMessages(firstScreenMessages(englishAreas as Areas)), later(en));
  const russian = withLaterAreas(compileMessages(firstScreenMessages(russianAreas as Areas)), later(ru));
  return { russian: createTranslator('ru', russian, english), arrive };
}

function JsonErrors({ count }: { count: number }) {
  const { t } = useTranslator();
  return <p>{t('dialogs.json.invalid', { count })}</p>;
}

describe('messages that arrive after the first screen', () => {
  it('show "…" on a screen that asks early, then the Russian text once they are there', async () => {
    const { russian, arrive } = asBuilt();
    render(
      <I18nProvider initial={russian}>
        <JsonErrors count={5} />
      </I18nProvider>,
    );
    expect(screen.getByText(NOT_YET)).toBeInTheDocument();
    arrive();
    await act(() => loadLaterMessages());
    expect(
      screen.getByText('В JSON 5 ошибок; на схеме остаётся последний верный вариант.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(NOT_YET)).not.toBeInTheDocument();
  });

  it('come with a lazy part’s code, so the part never shows "…" nor a key', async () => {
    const { russian, arrive } = asBuilt();
    const Part = lazyPart(() => Promise.resolve(JsonErrors));
    render(
      <I18nProvider initial={russian}>
        <LoadPart what={russian.t('loading.dialog')}>
          <Part count={2} />
        </LoadPart>
      </I18nProvider>,
    );
    expect(await screen.findByText('Загружаем окно…')).toBeInTheDocument();
    expect(screen.queryByText(NOT_YET)).not.toBeInTheDocument();
    arrive();
    expect(
      await screen.findByText('В JSON 2 ошибки; на схеме остаётся последний верный вариант.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/dialogs\./)).not.toBeInTheDocument();
  });
});
