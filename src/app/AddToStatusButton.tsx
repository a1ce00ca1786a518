import { useState } from 'react';
import type { ReactNode } from 'react';
import { AddToStatusPicker } from './lazyParts';
import { useTranslator } from '../i18n/react';
import { LoadPart } from '../ui/LoadPart';

interface Props {
  statusId: string;
  /** What the button says ("+ Add robot"); it is also its accessible name. */
  children: ReactNode;
  className?: string;
}

/** A button that opens the catalog picker for one status, anchored to itself. */
export function AddToStatusButton({ statusId, children, className = '' }: Props) {
  const { t } = useTranslator();
  // The button the picker opened from (kept as state: the picker places itself by it once).
  const [anchor, setAnchor] = useState<HTMLButtonElement | null>(null);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        aria-expanded={anchor !== null}
        onClick={(e) => {
          const button = e.currentTarget;
          setAnchor((was) => (was ? null : button));
        }}
        className={className}
      >
        {children}
      </button>
      {anchor && (
        <LoadPart what={t('loading.dialog')} kind="dialog" fallback={null} onClose={() => setAnchor(null)}>
          <AddToStatusPicker statusId={statusId} anchor={anchor} onClose={() => setAnchor(null)} />
        </LoadPart>
      )}
    </>
  );
}
