/** Labelled sets the ranker never learns from: written after it was first learnt, to judge it (and the sample). */
export const HELD_OUT = new Set(["heldout-r", "heldout-s", "heldout-t", "heldout-u", "heldout-v", "sample"]);
