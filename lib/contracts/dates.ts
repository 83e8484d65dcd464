// Calendar dates of contracts (signing, due, registration) as "YYYY-MM-DD", stored as
// PostgreSQL `date` (a Date at UTC midnight). "Today" is the date in Vietnam.

const VN_OFFSET_MS = 7 * 3_600_000;

export function todayIso(now = new Date()): string {
  return new Date(now.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** A real calendar date "YYYY-MM-DD" (an ISO timestamp is cut to its date), else null. */
export function normalizeIsoDate(input: unknown): string | null {
  const text = input instanceof Date ? input.toISOString() : typeof input === "string" ? input.trim() : "";
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(text);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === `${m[1]}-${m[2]}-${m[3]}` ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

export const dateFromIso = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);
export const isoFromDate = (d: Date): string => d.toISOString().slice(0, 10);

/** The same day `months` later (the month's last day when it is shorter: 31 Jan + 1 → 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return isoFromDate(target);
}

export function addDays(iso: string, days: number): string {
  return isoFromDate(new Date(dateFromIso(iso).getTime() + days * 86_400_000));
}
