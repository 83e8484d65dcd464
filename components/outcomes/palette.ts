// Chart colours. The brand teal is app/globals.css's --color-brand-*; the others are Tailwind's
// sky/violet/amber/slate, the hues the direction badges already use (components/contracts),
// so a colour means the same thing on a chart and on a contract page. Hex values, because SVG
// presentation attributes do not resolve CSS variables in every browser.
export const PALETTE = {
  brand: "#0f766e", // brand-600
  brandDark: "#115e59", // brand-700
  brandLight: "#99d5cf",
  sky: "#0284c7", // sky-600
  violet: "#7c3aed", // violet-600
  amber: "#d97706", // amber-600
  slate: "#64748b", // slate-500
  grid: "#e2e8f0", // slate-200
  axis: "#475569", // slate-600
} as const;

/** One colour per direction, matching DirectionBadge: inbound sky, outbound violet; domestic in the brand colour. */
export const DIRECTION_COLORS = { DOMESTIC: PALETTE.brand, INBOUND: PALETTE.sky, OUTBOUND: PALETTE.violet } as const;

/** Series colours in order, for charts with several bars per category. */
export const SERIES = [PALETTE.brand, PALETTE.amber, PALETTE.sky, PALETTE.violet, PALETTE.slate] as const;
