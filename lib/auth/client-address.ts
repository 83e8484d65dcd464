/**
 * The client's address for rate limiting: the first X-Forwarded-For entry (set by Next's
 * server or a reverse proxy), else X-Real-IP, else "unknown".
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || headers.get("x-real-ip") || "unknown").slice(0, 64);
}
