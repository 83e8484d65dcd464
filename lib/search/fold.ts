/**
 * Folds Vietnamese text for matching: lower case, no diacritics, đ → d. Each UTF-16 unit of
 * the input maps to exactly one unit of the output, so offsets found in the folded text
 * point at the same characters in the original (used to highlight matches).
 */
export function foldChar(ch: string): string {
  if (ch === "đ" || ch === "Đ") return "d";
  const base = ch.normalize("NFD").replace(/\p{M}/gu, "");
  const lower = base.toLowerCase();
  return lower.length === 1 ? lower : ch.toLowerCase().slice(0, 1) || ch;
}

const folded = new Map<string, string>();

export function fold(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    if (code < 128) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
      continue;
    }
    let f = folded.get(ch);
    if (f === undefined) {
      f = foldChar(ch);
      folded.set(ch, f);
    }
    out += f;
  }
  return out;
}
