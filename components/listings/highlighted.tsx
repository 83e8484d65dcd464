import { highlight } from "@/lib/search/highlight";

/** Text with the search terms marked, diacritics-insensitively. */
export function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>
      {highlight(text, terms).map((s, i) =>
        s.match ? (
          <mark key={i} className="rounded bg-amber-100 px-0.5 text-inherit">
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
}
