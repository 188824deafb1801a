import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** True for a "#rrggbb" / "#rgb" colour whose relative luminance is below one half. */
export function isDarkColor(color: string): boolean {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return false;
  const hex = m[1].length === 3 ? m[1].replace(/./g, (c) => c + c) : m[1];
  const channel = (i: number): number => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  return luminance < 0.5;
}

/** Office's task-pane background colour, when the host exposes its theme (feature-detected). */
export function officeBodyBackground(): string | undefined {
  if (typeof Office === 'undefined') return undefined;
  try {
    const color: unknown = Office.context?.officeTheme?.bodyBackgroundColor;
    return typeof color === 'string' ? color : undefined;
  } catch {
    return undefined;
  }
}

/** Fluent theme matching Office: dark when Office's body background is dark, light otherwise. */
export function pickTheme(bodyBackground: string | undefined): Theme {
  return bodyBackground && isDarkColor(bodyBackground) ? webDarkTheme : webLightTheme;
}
