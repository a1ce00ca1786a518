import { useTranslator } from '../../i18n/react';

/** The inspector's empty state; also shown by the designer while the inspector's code loads. */
export function NothingSelected() {
  const { t } = useTranslator();
  return (
    <div className="py-10 text-center text-fg-muted">
      <p className="font-medium">{t('inspector.nothing.title')}</p>
      <p className="mt-1 text-xs">{t('inspector.nothing.hint')}</p>
    </div>
  );
}
