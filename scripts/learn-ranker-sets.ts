/**
 * Labelled sets the ranker never learns from: written after it was last learnt, to judge it (and
 * the sample). R to V judged it once and are learnt from since 2026-12-02, when W to Z
 * and AA to AD were written to judge it.
 */
export const HELD_OUT = new Set(["heldout-w", "heldout-x", "heldout-y", "heldout-z", "heldout-aa", "heldout-ab", "heldout-ac", "heldout-ad", "sample"]);
