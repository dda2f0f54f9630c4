// How the dashboard writes its figures: a share as a whole percent, a statistic with two decimals, "–" for "not
// defined" (too few attempts, no variance), never a misleading 0.
export const DASH = "–";
export const formatPercent = (value: number | null | undefined) => (value === null || value === undefined ? DASH : `${Math.round(value * 100)}%`);
export const formatDecimal = (value: number | null | undefined, digits = 2) => (value === null || value === undefined || !Number.isFinite(value) ? DASH : value.toFixed(digits));
export const formatSeconds = (value: number | null | undefined) => (value === null || value === undefined ? DASH : value < 90 ? `${Math.round(value)} s` : `${(value / 60).toFixed(1)} min`);
