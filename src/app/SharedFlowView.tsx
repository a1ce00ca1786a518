import type { Flow } from '../domain/flow';
import { ModalDialog } from '../ui/ConfirmDialog';
import { buttonClass } from '../ui/formStyles';
import { lazyPart } from '../ui/lazyPart';
import { LoadPart } from '../ui/LoadPart';
import { useTranslator } from '../i18n/react';
import { useShareLink } from './useShareLink';

/** The shared design's view (a second canvas and store): only for a share link, so on demand. */
const SharedDesign = lazyPart<{ flow: Flow; close(): void }>(() =>
  import('./SharedDesign').then((m) => m.SharedDesign),
);

export function SharedFlowView() {
  const { link, close } = useShareLink();
  const { t } = useTranslator();
  if (link.state === 'none' || link.state === 'loading') return null;
  if (link.state === 'error')
    return (
      <ModalDialog
        title={t('canvas.shared.error.title')}
        onClose={close}
        footer={
          <button type="button" className={buttonClass} onClick={close}>
            {t('common.close')}
          </button>
        }
      >
        <p className="text-sm">{link.message}</p>
      </ModalDialog>
    );
  return (
    <LoadPart what={t('canvas.shared.loading')} kind="dialog" onClose={close}>
      <SharedDesign flow={link.flow} close={close} />
    </LoadPart>
  );
}
