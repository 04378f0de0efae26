import {
  type ComboboxItem,
  type ComboboxParsedItem,
  isOptionsGroup,
  type OptionsFilter,
} from '@mantine/core';
import { foldVietnamese } from './form-values.ts';

/**
 * Option filter for Mantine pickers that ignores accents and case ("so tai chinh" finds "Sở Tài
 * chính"), keeps groups in order and drops groups left empty.
 */
export const vietnameseOptionsFilter: OptionsFilter = ({ options, search, limit }) => {
  const needle = foldVietnamese(search.trim());
  if (!needle) return options.slice(0, limit);
  const matches = (item: ComboboxItem) => foldVietnamese(item.label).includes(needle);
  const result: ComboboxParsedItem[] = [];
  let count = 0;
  for (const option of options) {
    if (count >= limit) break;
    if (isOptionsGroup(option)) {
      const items = option.items.filter(matches).slice(0, limit - count);
      if (items.length > 0) {
        result.push({ group: option.group, items });
        count += items.length;
      }
    } else if (matches(option)) {
      result.push(option);
      count += 1;
    }
  }
  return result;
};
