"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { PALETTE } from "./palette";
import { formatValue, type ValueFormat } from "./value-format";

export type BarSeries = { key: string; label: string; color: string };
export type BarDatum = { label: string } & Record<string, string | number | null>;

type Props = {
  title: string;
  data: BarDatum[];
  series: BarSeries[];
  locale: string;
  format?: ValueFormat;
  /** Bars stacked into one per category (e.g. offers + challenges per field). */
  stacked?: boolean;
  /** A marked value on the value axis, e.g. the world's ~5% commercialisation rate. */
  reference?: { value: number; label: string };
  /** Print each bar's value at its end (good for few bars). */
  showValues?: boolean;
};

const AXIS_TICK = { fill: PALETTE.axis, fontSize: 12 };

/**
 * Horizontal bars, categories down the side: long Vietnamese field names stay readable
 * without rotated labels. The height grows with the number of categories.
 */
export function OutcomeBarChart({ title, data, series, locale, format = "count", stacked = false, reference, showValues = false }: Props) {
  const fmt = (v: unknown) => formatValue(v, format, locale);
  const rows = Math.max(data.length, 1);
  const perRow = stacked || series.length === 1 ? 34 : 22 * series.length + 12;
  const height = Math.min(40 + rows * perRow + (series.length > 1 ? 30 : 0) + (reference ? 18 : 0), 900);
  return (
    <BarChart
      layout="vertical"
      data={data}
      responsive
      style={{ width: "100%", height }}
      margin={{ top: reference ? 26 : 8, right: showValues ? 72 : 24, bottom: 8, left: 8 }}
      accessibilityLayer
      title={title}
      barCategoryGap="22%"
    >
      <CartesianGrid horizontal={false} stroke={PALETTE.grid} />
      <XAxis
        type="number"
        // Leave room for the reference line, and keep an all-zero chart from inventing a 0–400% scale.
        domain={[0, (max: number) => Math.max(max, reference?.value ?? 0, format === "percent" ? 0.01 : 1) * (reference ? 1.15 : 1)]}
        tickFormatter={fmt}
        tick={AXIS_TICK}
        allowDecimals={format !== "count"}
        stroke={PALETTE.grid}
      />
      <YAxis type="category" dataKey="label" width="auto" tick={AXIS_TICK} interval={0} stroke={PALETTE.grid} />
      <Tooltip formatter={(value) => fmt(value)} cursor={{ fill: "#f1f5f9" }} />
      {series.length > 1 ? <Legend verticalAlign="top" height={28} wrapperStyle={{ fontSize: 13 }} /> : null}
      {reference ? (
        <ReferenceLine x={reference.value} stroke={PALETTE.slate} strokeDasharray="4 3" label={{ value: reference.label, position: "top", fill: PALETTE.axis, fontSize: 12 }} />
      ) : null}
      {series.map((s, i) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.label}
          fill={s.color}
          stackId={stacked ? "all" : undefined}
          radius={!stacked || i === series.length - 1 ? [0, 4, 4, 0] : 0}
          isAnimationActive={false}
        >
          {showValues ? <LabelList dataKey={s.key} position="right" formatter={(v) => fmt(v)} fill={PALETTE.axis} fontSize={12} /> : null}
        </Bar>
      ))}
    </BarChart>
  );
}
