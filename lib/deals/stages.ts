// The deal's stages as an explicit state machine. Pure: the data layer asks it whether an
// event is allowed for the actor's role in the deal, then applies it with a version check.
//
//   INTEREST ──accept──▶ NDA ──acceptNda──▶ NEGOTIATION ──agree──▶ AGREED ──contract──▶ CONTRACTED
//       └──────────── decline (owner) / withdraw (any party) ──▶ DECLINED / WITHDRAWN

export const DEAL_STAGES = ["INTEREST", "NDA", "NEGOTIATION", "AGREED", "CONTRACTED", "WITHDRAWN", "DECLINED"] as const;
export type DealStage = (typeof DEAL_STAGES)[number];

export const OPEN_STAGES: readonly DealStage[] = ["INTEREST", "NDA", "NEGOTIATION", "AGREED"];
/** Stages shown as kanban columns, in order. */
export const BOARD_STAGES: readonly DealStage[] = ["INTEREST", "NDA", "NEGOTIATION", "AGREED", "CONTRACTED"];

export const DEAL_EVENTS = ["accept", "decline", "acceptNda", "agree", "contract", "withdraw"] as const;
export type DealEvent = (typeof DEAL_EVENTS)[number];

/**
 * owner: the organisation whose listing the deal is about (answers the interest, issues the NDA);
 * partner: the other side (sent the interest or was introduced, accepts the NDA);
 * intermediary: the broker who opened the deal or listed the offer;
 * admin: platform administrators (read audit logs and record contracts signed elsewhere, never a deal's stage).
 */
export type DealRole = "owner" | "partner" | "intermediary" | "admin";

type Rule = { from: readonly DealStage[]; to: DealStage; roles: readonly DealRole[]; needsReason?: boolean };

export const TRANSITIONS: Record<DealEvent, Rule> = {
  accept: { from: ["INTEREST"], to: "NDA", roles: ["owner"] },
  decline: { from: OPEN_STAGES, to: "DECLINED", roles: ["owner"], needsReason: true },
  acceptNda: { from: ["NDA"], to: "NEGOTIATION", roles: ["partner"] },
  agree: { from: ["NEGOTIATION"], to: "AGREED", roles: ["owner", "partner"] },
  contract: { from: ["AGREED"], to: "CONTRACTED", roles: ["owner", "partner", "intermediary"] },
  withdraw: { from: OPEN_STAGES, to: "WITHDRAWN", roles: ["owner", "partner", "intermediary"], needsReason: true },
};

export type TransitionResult =
  | { ok: true; to: DealStage }
  | { ok: false; error: "illegalTransition" | "notYourTurn" | "reasonRequired" };

/** Whether `event` may happen now, and the stage it leads to. */
export function nextStage(stage: DealStage, event: DealEvent, roles: readonly DealRole[], opts: { reason?: string | null } = {}): TransitionResult {
  const rule = TRANSITIONS[event];
  if (!rule.from.includes(stage)) return { ok: false, error: "illegalTransition" };
  if (!rule.roles.some((r) => roles.includes(r))) return { ok: false, error: "notYourTurn" };
  if (rule.needsReason && !opts.reason) return { ok: false, error: "reasonRequired" };
  return { ok: true, to: rule.to };
}

/** The events the roles may trigger from a stage (for showing the right buttons). */
export function allowedEvents(stage: DealStage, roles: readonly DealRole[]): DealEvent[] {
  return DEAL_EVENTS.filter((e) => TRANSITIONS[e].from.includes(stage) && TRANSITIONS[e].roles.some((r) => roles.includes(r)));
}

export const isOpen = (stage: DealStage) => OPEN_STAGES.includes(stage);

/** Days the owner has to answer an interest before it shows as overdue on both dashboards. */
export const RESPONSE_DAYS = 14;

export function respondByFrom(createdAt: Date): Date {
  return new Date(createdAt.getTime() + RESPONSE_DAYS * 86_400_000);
}

export function isOverdue(deal: { stage: DealStage; respondBy: Date }, now = new Date()): boolean {
  return deal.stage === "INTEREST" && deal.respondBy.getTime() < now.getTime();
}
