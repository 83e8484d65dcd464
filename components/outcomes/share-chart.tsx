"use client";

import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatPercent } from "@/lib/outcomes/format";
import type { Direction } from "@/lib/outcomes/types";
import { DIRECTION_COLORS, PALETTE } from "./palette";

type Props = {
  title: string;
  locale: string;
  /** One bar per measure (share of contracts, share of value), each direction a segment; shares are fractions. */
  rows: ({ label: string } & Partial<Record<Direction, number | null>>)[];
  directions: { key: Direction; label: string }[];
  /** The inbound share the country wants to move down from (0.85). */
  reference?: { value: number; label: string };
};

const AXIS_TICK = { fill: PALETTE.axis, fontSize: 12 };

/** Shares that add up to 100%, as one stacked bar per measure; inbound is drawn first so the reference line reads against it. */
export function ShareChart({ title, locale, rows, directions, reference }: Props) {
  const order: Direction[] = ["INBOUND", "DOMESTIC", "OUTBOUND"];
  const sorted = [...directions].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
  return (
    <BarChart
      layout="vertical"
      data={rows}
      responsive
      style={{ width: "100%", height: 60 + rows.length * 56 }}
      margin={{ top: 20, right: 24, bottom: 8, left: 8 }}
      accessibilityLayer
      title={title}
      barCategoryGap="25%"
    >
      <CartesianGrid horizontal={false} stroke={PALETTE.grid} />
      <XAxis type="number" domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} tickFormatter={(v: number) => formatPercent(v, locale)} tick={AXIS_TICK} stroke={PALETTE.grid} />
      <YAxis type="category" dataKey="label" width="auto" tick={AXIS_TICK} stroke={PALETTE.grid} />
      <Tooltip formatter={(value) => formatPercent(value === null || value === undefined ? null : Number(value), locale)} cursor={{ fill: "#f1f5f9" }} />
      <Legend verticalAlign="bottom" height={28} wrapperStyle={{ fontSize: 13 }} />
      {sorted.map((d) => (
        <Bar key={d.key} dataKey={d.key} name={d.label} stackId="share" fill={DIRECTION_COLORS[d.key]} isAnimationActive={false} />
      ))}
      {reference ? (
        <ReferenceLine x={reference.value} stroke={PALETTE.brandDark} strokeWidth={2} strokeDasharray="5 3" label={{ value: reference.label, position: "top", fill: PALETTE.brandDark, fontSize: 12 }} />
      ) : null}
    </BarChart>
  );
}
