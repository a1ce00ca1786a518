import { useId } from 'react';
import type { PaletteItem } from '../domain/catalog';
import { GROUP_TILE, groupOf, Highlight, itemKey } from '../panels/palette';
import type { PaletteSection } from '../panels/palette';
import { catalogDescription, catalogTitle, paletteGroupTitle } from '../i18n/catalogText';
import { useTranslator } from '../i18n/react';
import { Icon } from '../ui';

interface Props {
  id: string;
  sections: readonly PaletteSection[];
  words: readonly string[];
  activeKey: string | undefined;
  optionId: (key: string) => string;
  onChoose: (item: PaletteItem) => void;
  onHover: (key: string) => void;
}

function Group({ section, ...props }: Omit<Props, 'sections' | 'id'> & { section: PaletteSection }) {
  const labelId = useId();
  const translator = useTranslator();
  return (
    <div role="group" aria-labelledby={labelId} className="py-1">
      <div
        id={labelId}
        role="presentation"
        className="px-3 py-1 text-[11px] font-semibold uppercase tracking-wide text-fg-muted"
      >
        {paletteGroupTitle(translator, section.group)}
      </div>
      {section.items.map((item) => {
        const key = itemKey(item);
        const active = key === props.activeKey;
        return (
          <div
            key={key}
            id={props.optionId(key)}
            role="option"
            aria-selected={active}
            aria-describedby={`${props.optionId(key)}-about`}
            // The list never takes focus (the search box keeps it, aria-activedescendant points here),
            // so a press must not move focus away from the search box either.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => props.onChoose(item)}
            onMouseMove={() => !active && props.onHover(key)}
            className={`mx-1 flex cursor-pointer items-center gap-2.5 rounded-md px-2 py-1.5 ${
              active ? 'bg-brand-50 ring-1 ring-brand-500 dark:bg-slate-800' : ''
            }`}
          >
            <span
              className={`flex h-7 w-7 shrink-0 items-center justify-center rounded-md ${GROUP_TILE[groupOf(item)]}`}
            >
              <Icon name={item.def.icon} size={16} />
            </span>
            <span className="min-w-0 flex-1">
              <span className="block truncate text-[13px] font-medium text-slate-800 dark:text-slate-100">
                <Highlight text={catalogTitle(translator, item.kind, item.def.type)} words={props.words} />
              </span>
              {/* Hidden from the option's name (the title, as the user scans for it) but read as its
                  description. */}
              <span
                id={`${props.optionId(key)}-about`}
                aria-hidden="true"
                className="block truncate text-xs text-fg-subtle"
              >
                <Highlight
                  text={catalogDescription(translator, item.kind, item.def.type)}
                  words={props.words}
                />
              </span>
            </span>
            {item.kind === 'trigger' && (
              // Part of the name, as on a trigger's card: "Webhook — Trigger".
              <span className="shrink-0 rounded-full bg-emerald-50 px-1.5 text-[10px] font-semibold uppercase text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200">
                <span className="sr-only"> — </span>
                {translator.t('palette.kind.trigger')}
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
}

/** The catalog as a listbox in the palette's groups; the search box drives it. */
export function PickerOptions({ id, sections, ...props }: Props) {
  const { t } = useTranslator();
  return (
    <div
      id={id}
      role="listbox"
      aria-label={t('canvas.picker.list')}
      className="min-h-0 flex-1 overflow-y-auto py-1"
    >
      {sections.map((section) => (
        <Group key={section.group} section={section} {...props} />
      ))}
    </div>
  );
}
