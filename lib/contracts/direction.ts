// A transfer's direction follows from where the parties are: the figure Vietnam wants to
// move (most contract value today comes in from abroad).
export type TransferDirection = "DOMESTIC" | "INBOUND" | "OUTBOUND";

export const HOME_COUNTRY = "VN";

/** DOMESTIC, INBOUND (foreign supplier), OUTBOUND (foreign recipient); null when neither party is in Vietnam. */
export function deriveDirection(supplierCountry: string, recipientCountry: string): TransferDirection | null {
  const s = supplierCountry.trim().toUpperCase() === HOME_COUNTRY;
  const r = recipientCountry.trim().toUpperCase() === HOME_COUNTRY;
  if (s && r) return "DOMESTIC";
  if (!s && r) return "INBOUND";
  if (s && !r) return "OUTBOUND";
  return null;
}
