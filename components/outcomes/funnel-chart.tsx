"use client";

import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import { formatCount, formatPercent } from "@/lib/outcomes/format";
import { PALETTE } from "./palette";

export type FunnelStep = { key: string; label: string; count: number; /** count / previous step's count; null for the first step or after zero. */ conversion: number | null };

type Props = { title: string; steps: FunnelStep[]; locale: string; conversionLabel: string };

const AXIS_TICK = { fill: PALETTE.axis, fontSize: 12 };
const SHADES = ["#d5ecea", "#99d5cf", "#5eb8ae", "#0f766e", "#0b3b38"]; // brand-100 … brand-900

/** The deal funnel as shrinking horizontal bars; each bar ends with its count and the conversion from the step above. */
export function FunnelChart({ title, steps, locale, conversionLabel }: Props) {
  const data = steps.map((s, i) => ({ ...s, fill: SHADES[Math.min(i, SHADES.length - 1)], text: s.conversion === null ? formatCount(s.count, locale) : `${formatCount(s.count, locale)} · ${formatPercent(s.conversion, locale)}` }));
  return (
    <BarChart layout="vertical" data={data} responsive style={{ width: "100%", height: 40 + data.length * 44 }} margin={{ top: 8, right: 110, bottom: 8, left: 8 }} accessibilityLayer title={title} barCategoryGap="18%">
      <CartesianGrid horizontal={false} stroke={PALETTE.grid} />
      <XAxis type="number" allowDecimals={false} tickFormatter={(v: number) => formatCount(v, locale)} tick={AXIS_TICK} stroke={PALETTE.grid} />
      <YAxis type="category" dataKey="label" width="auto" tick={AXIS_TICK} interval={0} stroke={PALETTE.grid} />
      <Tooltip
        formatter={(value, _name, item) => {
          const step = item.payload as FunnelStep;
          const count = formatCount(Number(value), locale);
          return step.conversion === null ? count : `${count} (${conversionLabel} ${formatPercent(step.conversion, locale)})`;
        }}
        cursor={{ fill: "#f1f5f9" }}
      />
      <Bar dataKey="count" name={title} radius={[0, 4, 4, 0]} isAnimationActive={false}>
        {data.map((d) => (
          <Cell key={d.key} fill={d.fill} />
        ))}
        <LabelList dataKey="text" position="right" fill={PALETTE.axis} fontSize={12} />
      </Bar>
    </BarChart>
  );
}
