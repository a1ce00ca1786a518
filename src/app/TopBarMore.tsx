import { useCallback, useRef, useState } from 'react';
import { Menu } from '../panels/statuses/Menu';
import { useDesigner } from '../store';
import { UiIcon } from '../ui';
import { barButtonClass, useIntegration } from './integration';

const LOCKED_HINT = 'Not while simulating';

/**
 * Below the xl width (1280 px) the top bar has no room for every button: Flows, JSON and Import
 * (the ones used least while designing) move into this "More" menu. Their dialogs stay with their
 * own buttons, which are only hidden, so a dialog opened from here is the same dialog.
 */
export function TopBarMore() {
  const { jsonOpen, setJsonOpen, setFlowsOpen, setImporting } = useIntegration();
  const locked = useDesigner((s) => s.simulation.active);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  return (
    <div className="xl:hidden">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        title="Flows, JSON and Import"
        onClick={() => setOpen((was) => !was)}
        className={barButtonClass}
      >
        More
        <UiIcon name="chevron" size={13} />
      </button>
      {open && (
        <Menu
          label="More"
          anchor={button}
          onClose={close}
          items={[
            {
              label: 'Flows',
              onSelect: () => setFlowsOpen(true),
              disabled: locked,
              hint: locked ? LOCKED_HINT : 'Open another flow from the server',
            },
            {
              label: jsonOpen ? 'Hide the JSON' : 'Show the JSON',
              onSelect: () => setJsonOpen(!jsonOpen),
            },
            {
              label: 'Import',
              onSelect: () => setImporting({ file: null }),
              disabled: locked,
              hint: locked
                ? LOCKED_HINT
                : 'Open a flow from a file or pasted JSON (or drop a file on the window)',
            },
          ]}
        />
      )}
    </div>
  );
}
