import { describe, expect, it } from "vitest";
import { allowedEvents, DEAL_EVENTS, DEAL_STAGES, isOverdue, nextStage, respondByFrom, type DealEvent, type DealRole, type DealStage } from "./stages";

// Every (stage, event) pair: the legal ones and where they lead; everything else is refused.
const LEGAL: Record<string, DealStage> = {
  "INTEREST:accept": "NDA",
  "INTEREST:decline": "DECLINED",
  "INTEREST:withdraw": "WITHDRAWN",
  "NDA:acceptNda": "NEGOTIATION",
  "NDA:decline": "DECLINED",
  "NDA:withdraw": "WITHDRAWN",
  "NEGOTIATION:agree": "AGREED",
  "NEGOTIATION:decline": "DECLINED",
  "NEGOTIATION:withdraw": "WITHDRAWN",
  "AGREED:contract": "CONTRACTED",
  "AGREED:decline": "DECLINED",
  "AGREED:withdraw": "WITHDRAWN",
};
const ROLE_FOR: Record<DealEvent, DealRole> = { accept: "owner", decline: "owner", acceptNda: "partner", agree: "partner", contract: "intermediary", withdraw: "partner" };

describe("deal stages", () => {
  for (const stage of DEAL_STAGES) {
    for (const event of DEAL_EVENTS) {
      const legal = LEGAL[`${stage}:${event}`];
      it(`${stage} --${event}--> ${legal ?? "refused"}`, () => {
        const result = nextStage(stage, event, [ROLE_FOR[event]], { reason: "PRICE" });
        expect(result).toEqual(legal ? { ok: true, to: legal } : { ok: false, error: "illegalTransition" });
      });
    }
  }

  it("closed deals allow nothing", () => {
    for (const stage of ["CONTRACTED", "WITHDRAWN", "DECLINED"] as const) expect(allowedEvents(stage, ["owner", "partner", "intermediary", "admin"])).toEqual([]);
  });

  it("only the owner answers an interest and only the partner accepts the NDA", () => {
    expect(nextStage("INTEREST", "accept", ["partner"])).toEqual({ ok: false, error: "notYourTurn" });
    expect(nextStage("INTEREST", "accept", ["intermediary"])).toEqual({ ok: false, error: "notYourTurn" });
    expect(nextStage("NDA", "acceptNda", ["owner"])).toEqual({ ok: false, error: "notYourTurn" });
    expect(nextStage("NDA", "acceptNda", ["partner"])).toEqual({ ok: true, to: "NEGOTIATION" });
    expect(nextStage("INTEREST", "decline", ["partner"], { reason: "PRICE" })).toEqual({ ok: false, error: "notYourTurn" });
  });

  it("an admin changes no deal's stage", () => {
    for (const stage of ["INTEREST", "NDA", "NEGOTIATION", "AGREED"] as const) expect(allowedEvents(stage, ["admin"])).toEqual([]);
    expect(nextStage("AGREED", "contract", ["admin"])).toEqual({ ok: false, error: "notYourTurn" });
    expect(nextStage("AGREED", "contract", ["owner"])).toEqual({ ok: true, to: "CONTRACTED" });
  });

  it("declining and withdrawing need a reason", () => {
    expect(nextStage("INTEREST", "decline", ["owner"])).toEqual({ ok: false, error: "reasonRequired" });
    expect(nextStage("NEGOTIATION", "withdraw", ["intermediary"], { reason: "" })).toEqual({ ok: false, error: "reasonRequired" });
    expect(nextStage("NEGOTIATION", "withdraw", ["intermediary"], { reason: "OTHER" })).toEqual({ ok: true, to: "WITHDRAWN" });
  });

  it("lists the buttons each side gets", () => {
    expect(allowedEvents("INTEREST", ["owner"])).toEqual(["accept", "decline", "withdraw"]);
    expect(allowedEvents("INTEREST", ["partner"])).toEqual(["withdraw"]);
    expect(allowedEvents("NDA", ["partner"])).toEqual(["acceptNda", "withdraw"]);
    expect(allowedEvents("AGREED", ["intermediary"])).toEqual(["contract", "withdraw"]);
  });

  it("an unanswered interest is overdue after 14 days, and only while it is unanswered", () => {
    const created = new Date("2026-11-01T08:00:00Z");
    const respondBy = respondByFrom(created);
    expect(respondBy.toISOString()).toBe("2026-11-15T08:00:00.000Z");
    expect(isOverdue({ stage: "INTEREST", respondBy }, new Date("2026-11-15T07:59:00Z"))).toBe(false);
    expect(isOverdue({ stage: "INTEREST", respondBy }, new Date("2026-11-15T08:01:00Z"))).toBe(true);
    expect(isOverdue({ stage: "NDA", respondBy }, new Date("2026-12-01T00:00:00Z"))).toBe(false);
  });
});
