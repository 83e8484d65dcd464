import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { loadActor } from "../../lib/server/auth/load-actor";
import { changeListingStatus } from "../../lib/server/listings/change-status";
import { createOffer } from "../../lib/server/offers/create-offer";
import { actorFromToken, createAccessToken, listAccessTokens, revokeAccessToken } from "../../lib/server/tokens/access-tokens";
import { db } from "../../lib/server/db/client";
import { createOwner, OFFER_INPUT, verify } from "../support/factories";

const { GET: getOfferRoute, PATCH: patchOfferRoute } = await import("../../app/api/v1/offers/[id]/route");
const { GET: listOffersRoute, POST: postOfferRoute } = await import("../../app/api/v1/offers/route");
const { GET: openapi } = await import("../../app/api/v1/openapi.json/route");

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- route handlers differ only in their params type
type Route = (req: Request, ctx: { params: Promise<any> }) => Promise<Response>;
const call = (handler: Route, url: string, init: RequestInit & { token?: string } = {}, params: Record<string, string> = {}) =>
  handler(
    new Request(`http://localhost${url}`, { ...init, headers: { ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), "content-type": "application/json" } }),
    { params: Promise.resolve(params) },
  );

describe("API v1 with personal access tokens", () => {
  let lab: Actor, firm: Actor;
  let labToken: string, firmToken: string;
  let offerId: string;

  beforeAll(async () => {
    const l = await createOwner({ orgName: "Viện Hoá học Vật liệu" });
    const f = await createOwner({ orgName: "Công ty Nhựa Tiền Phong Nam", kind: "ENTERPRISE" });
    await verify(l.organizationId);
    await verify(f.organizationId);
    lab = (await loadActor(l.userId))!;
    firm = (await loadActor(f.userId))!;
    labToken = (await createAccessToken({ actor: lab, input: { name: "ERP" } })).token;
    firmToken = (await createAccessToken({ actor: firm, input: { name: "BI" } })).token;
    offerId = (await createOffer({ actor: lab, input: OFFER_INPUT })).id;
    await changeListingStatus({ actor: lab, kind: "offer", id: offerId, action: "publish" });
  });

  it("stores only a hash and resolves a token to its user until it is revoked", async () => {
    const stored = await db().accessToken.findMany({ where: { userId: lab.userId } });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toContain(labToken);
    expect(stored[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await actorFromToken(labToken))?.userId).toBe(lab.userId);

    const extra = await createAccessToken({ actor: lab, input: { name: "temporary" } });
    expect(await (await call(getOfferRoute, `/api/v1/offers/${offerId}`, { token: extra.token }, { id: offerId })).status).toBe(200);
    await expect(revokeAccessToken({ actor: firm, id: extra.row.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await revokeAccessToken({ actor: lab, id: extra.row.id });
    expect(await actorFromToken(extra.token)).toBeNull();
    const refused = await call(getOfferRoute, `/api/v1/offers/${offerId}`, { token: extra.token }, { id: offerId });
    expect(refused.status).toBe(401);
    expect((await refused.json()).error.code).toBe("UNAUTHENTICATED");
    expect((await listAccessTokens({ actor: lab })).find((t) => t.id === extra.row.id)?.revokedAt).not.toBeNull();
  });

  it("applies the same tiers as the pages", async () => {
    const asOwner = await (await call(getOfferRoute, `/api/v1/offers/${offerId}`, { token: labToken }, { id: offerId })).json();
    expect(asOwner.confidential.confidentialDetails).toContain("CaF2");
    const asFirm = await (await call(getOfferRoute, `/api/v1/offers/${offerId}`, { token: firmToken }, { id: offerId })).json();
    expect(asFirm.access).toBe("member");
    expect(asFirm.details.askingPriceVnd).toBe("2500000000");
    expect(asFirm.confidential).toBeNull();
    expect(JSON.stringify(asFirm)).not.toContain("CaF2");
    const list = await (await call(listOffersRoute, "/api/v1/offers?q=xi+mang&deal=LICENSE", { token: firmToken })).json();
    expect(list.items.map((i: { id: string }) => i.id)).toContain(offerId);
    expect(JSON.stringify(list)).not.toContain("CaF2");
  });

  it("answers another organisation's write with 404 and bad input with field errors", async () => {
    const res = await call(patchOfferRoute, `/api/v1/offers/${offerId}`, { method: "PATCH", token: firmToken, body: JSON.stringify({ title: "Hijacked title" }) }, { id: offerId });
    expect(res.status).toBe(404);
    expect((await res.json()).error).toMatchObject({ code: "NOT_FOUND", message: "not found" });

    const bad = await call(patchOfferRoute, `/api/v1/offers/${offerId}`, { method: "PATCH", token: labToken, body: JSON.stringify({ trl: 11 }) }, { id: offerId });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields).toEqual({ trl: "trlInvalid" });

    const ok = await call(patchOfferRoute, `/api/v1/offers/${offerId}`, { method: "PATCH", token: labToken, body: JSON.stringify({ trl: 9 }) }, { id: offerId });
    expect(ok.status).toBe(200);
    const body = await ok.json();
    expect(body.trl).toBe(9);
    expect(body.title).toBe(OFFER_INPUT.title); // fields left out are kept

    const notJson = await call(postOfferRoute, "/api/v1/offers", { method: "POST", token: labToken, body: "not json" });
    expect(notJson.status).toBe(400);
    const created = await call(postOfferRoute, "/api/v1/offers", { method: "POST", token: labToken, body: JSON.stringify({ ...OFFER_INPUT, externalRef: "api-1" }) });
    expect(created.status).toBe(201);
    expect((await created.json()).id).toBeTruthy();
  });

  it("describes itself in OpenAPI 3.1 with schemas from the validators", async () => {
    const doc = await (await openapi(new Request("http://localhost/api/v1/openapi.json"))).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/offers", "/api/v1/offers/{id}", "/api/v1/challenges", "/api/v1/taxonomy", "/api/v1/organizations/{id}"]));
    expect(doc.components.schemas.OfferInput.properties.trl).toBeDefined();
  });
});
