// Hiding contract values a viewer may not see, for groups that partition a total (quarters,
// directions, types, provinces, kinds). A group's value shows only when it has at least
// MIN_GROUP_FOR_VALUE contracts or all of them are the viewer's own (decided in SQL). When
// the total shows, the hidden groups' combined value is total − shown groups; so, when the
// hidden groups together would not pass the same test, the smallest shown groups are hidden
// as well until they do (secondary suppression).
import { MIN_GROUP_FOR_VALUE } from "./filters";
import type { ContractGroupRow, Money } from "./types";

export type Group = { key: string; contracts: number; notMine: number; value: Money };

const passes = (contracts: number, notMine: number) => contracts >= MIN_GROUP_FOR_VALUE || notMine === 0;

export function suppressComplements<G extends Group>(groups: G[], totalShown: boolean): G[] {
  const out = groups.map((g) => ({ ...g }));
  if (!totalShown) return out;
  const hidden = () => out.filter((g) => g.value === null);
  const union = () => hidden().reduce((a, g) => ({ contracts: a.contracts + g.contracts, notMine: a.notMine + g.notMine }), { contracts: 0, notMine: 0 });
  while (hidden().length && !passes(union().contracts, union().notMine)) {
    const next = out.filter((g) => g.value !== null && g.contracts > 0).sort((a, b) => a.contracts - b.contracts || a.key.localeCompare(b.key))[0];
    if (!next) break;
    next.value = null;
  }
  return out;
}

/** The rows of a grouped table with their shares; `total` is the group of all of them. */
export function contractGroupRows(groups: Group[], total: { contracts: number; value: Money }): ContractGroupRow[] {
  const totalValue = total.value === null ? null : Number(total.value);
  return suppressComplements(groups, total.value !== null).map((g) => ({
    key: g.key,
    contracts: g.contracts,
    valueVnd: g.value,
    shareOfContracts: total.contracts ? g.contracts / total.contracts : 0,
    shareOfValue: g.value === null || totalValue === null ? null : totalValue ? Number(g.value) / totalValue : 0,
  }));
}
