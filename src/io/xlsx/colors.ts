/** «#c00000» → «FFC00000»: ExcelJS wants colours as ARGB, opaque. */
export const argbOf = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;
