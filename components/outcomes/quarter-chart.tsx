"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompactVnd, formatCount, formatQuarter } from "@/lib/outcomes/format";
import type { Money } from "@/lib/outcomes/types";
import { PALETTE } from "./palette";

type Props = {
  title: string;
  data: { key: string; contracts: number; valueVnd: Money }[];
  locale: string;
  labels: { contracts: string; value: string; hidden: string };
};

const AXIS_TICK = { fill: PALETTE.axis, fontSize: 12 };

/**
 * Contracts signed per quarter (bars, left axis) and their value (line, right axis). A
 * quarter whose value is hidden (< 3 contracts) breaks the line rather than drawing a zero.
 */
export function QuarterChart({ title, data, locale, labels }: Props) {
  // When every quarter with contracts has its value hidden there is no line to draw, nor an
  // axis for it (the empty quarters' 0 ₫ alone would draw a meaningless 0–4 ₫ scale).
  const anyValue = data.some((q) => q.valueVnd !== null && q.contracts > 0);
  const rows = data.map((q) => ({ label: formatQuarter(q.key, locale), contracts: q.contracts, value: q.valueVnd === null ? null : Number(q.valueVnd) }));
  return (
    <ComposedChart data={rows} responsive style={{ width: "100%", height: 300 }} margin={{ top: 8, right: 8, bottom: 8, left: 8 }} accessibilityLayer title={title}>
      <CartesianGrid vertical={false} stroke={PALETTE.grid} />
      <XAxis dataKey="label" tick={AXIS_TICK} stroke={PALETTE.grid} />
      <YAxis yAxisId="count" allowDecimals={false} tickFormatter={(v: number) => formatCount(v, locale)} tick={AXIS_TICK} stroke={PALETTE.grid} width="auto" />
      {anyValue ? <YAxis yAxisId="value" orientation="right" tickFormatter={(v: number) => formatCompactVnd(v, locale)} tick={AXIS_TICK} stroke={PALETTE.grid} width="auto" /> : null}
      <Tooltip
        formatter={(value, name, item) =>
          item.dataKey === "value" ? (value === null || value === undefined ? labels.hidden : formatCompactVnd(Number(value), locale)) : formatCount(Number(value), locale)
        }
      />
      <Legend verticalAlign="top" height={28} wrapperStyle={{ fontSize: 13 }} />
      <Bar yAxisId="count" dataKey="contracts" name={labels.contracts} fill={PALETTE.brand} radius={[4, 4, 0, 0]} maxBarSize={48} isAnimationActive={false} />
      {anyValue ? <Line yAxisId="value" dataKey="value" name={labels.value} stroke={PALETTE.amber} strokeWidth={2} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} /> : null}
    </ComposedChart>
  );
}
