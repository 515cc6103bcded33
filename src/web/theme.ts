import {
  type CSSVariablesResolver,
  createTheme,
  defaultVariantColorsResolver,
  parseThemeColor,
  type VariantColorsResolver,
} from '@mantine/core';

/**
 * Light variants (badges, alerts, the active navigation item) print their text in shade 9 rather than
 * Mantine's default shade 6, so it meets WCAG AA contrast on the tinted background. Yellow and orange stay
 * too light even at shade 9, so they get dark text.
 */
const readableLightVariants: VariantColorsResolver = (input) => {
  const defaults = defaultVariantColorsResolver(input);
  if (input.variant !== 'light') return defaults;
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor) return defaults;
  const dark = parsed.color === 'yellow' || parsed.color === 'orange';
  return {
    ...defaults,
    color: dark ? 'var(--mantine-color-dark-7)' : `var(--mantine-color-${parsed.color}-9)`,
  };
};

/** Secondary text: Mantine's gray 6 is 3.3:1 on white; this gray is 6:1. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#5c636a' },
  dark: {},
});

/** Calm and legible: teal accents, system fonts (no external font files), visible focus rings. */
export const theme = createTheme({
  primaryColor: 'teal',
  // Shade 9 keeps links and white-on-teal buttons above 4.5:1 contrast.
  primaryShade: { light: 9, dark: 6 },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
  defaultRadius: 'md',
  focusRing: 'auto',
  cursorType: 'pointer',
  variantColorResolver: readableLightVariants,
});
