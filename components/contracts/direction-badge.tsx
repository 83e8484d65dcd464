import { useTranslations } from "next-intl";

const TONE = { DOMESTIC: "bg-slate-100 text-slate-800", INBOUND: "bg-sky-100 text-sky-900", OUTBOUND: "bg-violet-100 text-violet-900" } as const;

/** DOMESTIC, INBOUND (from abroad) or OUTBOUND (to abroad). */
export function DirectionBadge({ direction }: { direction: keyof typeof TONE }) {
  const t = useTranslations("contracts.directions");
  return (
    <span className={`rounded px-2 py-0.5 text-xs font-semibold ${TONE[direction]}`} data-testid="direction-badge" data-direction={direction}>
      {t(direction)}
    </span>
  );
}
