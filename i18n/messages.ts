// The UI messages for code that renders text outside a request (emails, batch output, reasons
// rendered on the server): the same files next-intl serves, by locale.
import en from "@/messages/en.json";
import vi from "@/messages/vi.json";

export type Locale = "vi" | "en";

/** Vietnamese is the source and the default; English has the same keys (a test checks it). */
export function messagesFor(locale: string): typeof vi {
  return locale === "en" ? en : vi;
}
