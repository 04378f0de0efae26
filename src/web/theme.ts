import { createTheme, type MantineColorsTuple } from '@mantine/core';

// A sober army green, light to dark, so buttons and links read as one quiet accent.
const armyGreen: MantineColorsTuple = [
  '#eef6f0',
  '#dceae0',
  '#b5d3bf',
  '#8bbb9b',
  '#68a67d',
  '#51996a',
  '#44925f',
  '#357f4e',
  '#2b7144',
  '#1d6237',
];

/** Mantine theme: army green accent and a system font stack that renders Vietnamese diacritics well. */
export const theme = createTheme({
  primaryColor: 'armyGreen',
  primaryShade: 7,
  colors: { armyGreen },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, "Liberation Sans", sans-serif',
  headings: {
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, "Liberation Sans", sans-serif',
    fontWeight: '650',
  },
  defaultRadius: 'sm',
  // Badges carry Vietnamese words (kinds, statuses): capitals would make them harder to read.
  components: {
    Badge: {
      styles: { root: { textTransform: 'none', overflow: 'visible' }, label: { overflow: 'visible' } },
    },
  },
  cursorType: 'pointer',
});
