export { Badge } from './Badge';
export type { BadgeTone } from './Badge';
export { Chip } from './Chip';
export type { ChipTone } from './Chip';
export { IconButton } from './IconButton';
export { LabelledText } from './LabelledText';
export { DRAWN_ICONS, Icon, UiIcon } from './icons';
export type { UiIconName } from './icons';
export { FullTextOnFocus, fullText } from './FullText';
