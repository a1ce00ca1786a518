import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { robotDefinition, triggerDefinition } from '../../../src/domain/catalog';
import { DEFAULT_ENVIRONMENT } from '../../../src/domain/reference/defaultEnvironment';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { createTranslator } from '../../../src/i18n';
import ru from '../../../src/i18n/messages/all.ru';
import { I18nProvider } from '../../../src/i18n/react';
import { SettingsForm, buildTemplateContext, defaultSampleOrder } from '../../../src/panels/inspector';
import type { SettingsFormProps } from '../../../src/panels/inspector/SettingsForm';

const template = buildTemplateContext(DEFAULT_FLOW, undefined, DEFAULT_ENVIRONMENT, defaultSampleOrder());

function renderInRussian(definition: SettingsFormProps['definition'], settings: Record<string, unknown>) {
  return render(
    <I18nProvider initial={createTranslator('ru', ru)}>
      <SettingsForm
        definition={definition}
        settings={settings}
        onChange={() => {}}
        environment={DEFAULT_ENVIRONMENT}
        statuses={DEFAULT_FLOW.statuses}
        template={template}
        nodeId="node_1"
        apiBaseUrl="https://shop.example"
      />
    </I18nProvider>,
  );
}

describe('the catalog’s settings in Russian', () => {
  it('labels the SMS robot’s settings, options and messages in Russian', () => {
    renderInRussian(robotDefinition('sms.send'), {
      text: '',
      provider: 'default',
      recipient: 'client',
      phoneType: 'auto',
    });
    expect(screen.getByLabelText('Текст', { selector: 'textarea' })).toBeInTheDocument();
    const recipient = screen.getByLabelText('Получатель', { selector: 'select' });
    expect(recipient).toHaveDisplayValue('Клиент');
    expect(screen.getByRole('option', { name: 'Сотрудник' })).toBeInTheDocument();
    expect(screen.getByLabelText('Телефон', { selector: 'select' })).toHaveDisplayValue('Автоматически');
    expect(screen.getByRole('option', { name: 'Провайдер по умолчанию' })).toBeInTheDocument();
    expect(screen.getByText('Введите текст SMS')).toBeInTheDocument();
  });

  it('shows a trigger’s help in Russian', () => {
    renderInRussian(triggerDefinition('call.incoming'), {});
    expect(screen.getByLabelText('Линия', { selector: 'input, select' })).toBeInTheDocument();
    expect(screen.getByText('Оставьте пустым, чтобы срабатывать на любой линии.')).toBeInTheDocument();
  });
});
