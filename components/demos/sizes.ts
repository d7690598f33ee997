// Pixel sizes of the demo's parts, measured in Chromium with the site's fonts. The height the
// server reserves for a demo (frame.tsx) is built from them, so a change to the demo's layout
// should be re-measured here; a mismatch only makes the box scroll, never shift the page.
export const DEMO_SIZES = {
  /** Spare room for fonts that set a little wider than measured. */
  slack: 24,
  padding: 32,
  gap: 16,
  /** Title line height (serif, text-lg), and its average character width. */
  titleLine: 25,
  titleChar: 9.5,
  /** The status line, and the transport row(s): one when wide, wrapped on a phone. */
  status: 20,
  transport: { narrow: 96, wide: 32 },
  fieldsetLegend: 16,
  control: { slider: 60, number: 54, select: 53, checkbox: 24, list: 106 },
  /** Copy / submit buttons, status and link: the buttons wrap in the 15rem sidebar. */
  share: { narrow: 80, wide: 120 },
  /** A plot without its legend: two-line title, canvas, margins. */
  plot: 244,
  canvas: 200,
  legendLine: 18,
  /** Legend entry: swatch, gaps and about 6.5 px per character (text-xs). */
  legendEntry: 34,
  legendChar: 6.5,
  /** Table header and caption, and a row of n label lines (text-sm: 20 px, 7 px a character). */
  tableChrome: 56,
  rowPadding: 13,
  rowLine: 20,
  labelChar: 7,
  /** The observable column: the table's min width less the fixed columns, or more when wide. */
  labelColumn: { narrow: 200, wide: 240 },
  /** Narrowest content width of each layout (container breakpoints 48rem and 64rem, less chrome). */
  width: { narrow: 296, medium: 480, wide: 360 },
} as const;
