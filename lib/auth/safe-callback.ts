/**
 * Where to go after signing in: only a path on this site (an open redirect would let a
 * crafted link send users anywhere), else the dashboard.
 */
export function safeCallback(value: unknown, locale: string): string {
  const url = typeof value === "string" ? value : "";
  const sameSite = url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\") && !/[\r\n]/.test(url);
  return sameSite ? url : `/${locale}/dashboard`;
}
