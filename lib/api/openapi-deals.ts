// The /api/v1/deals paths of the OpenAPI document, from the same zod schemas the data layer checks.
import { z } from "zod";
import { ZAcceptNda, ZDealEventInput, ZExpressInterest, ZOpenDeal, ZPostMessage, ZProposal } from "@/lib/deals/schemas";

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const body = (name: string) => ({ required: true, content: { "application/json": { schema: ref(name) } } });
const idParam = { name: "id", in: "path", required: true, schema: { type: "string" } };

export const dealSchemas = {
  ExpressInterest: json(ZExpressInterest),
  OpenDeal: json(ZOpenDeal),
  DealEvent: json(ZDealEventInput),
  AcceptNda: json(ZAcceptNda),
  DealMessage: json(ZPostMessage),
  TermProposal: json(ZProposal),
};

export function dealPaths(errors: Record<string, unknown>) {
  const partiesOnly = "Parties only: anyone else gets 404.";
  return {
    "/api/v1/deals": {
      get: {
        summary: "Your organisations' deals, newest activity first, as a list and as board columns by stage",
        parameters: [{ name: "stage", in: "query", required: false, schema: { type: "string", enum: ["INTEREST", "NDA", "NEGOTIATION", "AGREED", "CONTRACTED", "WITHDRAWN", "DECLINED"] } }],
        responses: { "200": { description: "{ deals: [{ id, stage, listingTitle, otherParty, overdue, respondBy, updatedAt }], columns }" }, ...errors },
      },
      post: {
        summary: "Express interest in a live offer or challenge, or (intermediaries) open a deal from your introduction of an offer and a challenge",
        requestBody: { required: true, content: { "application/json": { schema: { oneOf: [ref("ExpressInterest"), ref("OpenDeal")] } } } },
        responses: { "201": { description: "{ id }" }, "409": { description: "Your organisation already has an open deal for this listing" }, ...errors },
      },
    },
    "/api/v1/deals/{id}": {
      get: { summary: `A deal: parties, stage, version, allowed events, NDA, thread, term sheet, timeline. ${partiesOnly}`, parameters: [idParam], responses: { "200": { description: "The deal" }, ...errors } },
    },
    "/api/v1/deals/{id}/events": {
      post: {
        summary: "accept (owner; ndaTemplateId: your newest template or 'standard'), decline (owner, with reason), withdraw (any party, with reason), agree (the other side's latest proposal). 409 when expectedVersion is stale.",
        parameters: [idParam],
        requestBody: body("DealEvent"),
        responses: { "200": { description: "{ stage, version }" }, ...errors },
      },
    },
    "/api/v1/deals/{id}/nda": {
      post: { summary: "Accept the NDA shown (textSha256 from GET /deals/{id} nda.textSha256); opens the confidential details to your organisation", parameters: [idParam], requestBody: body("AcceptNda"), responses: { "200": { description: "{ stage, version }" }, ...errors } },
    },
    "/api/v1/deals/{id}/messages": {
      get: { summary: `The thread, oldest first, with attachment metadata. ${partiesOnly}`, parameters: [idParam], responses: { "200": { description: "[{ id, body, author, organization, attachments }]" }, ...errors } },
      post: {
        summary: "Post a message: JSON { body }, or multipart/form-data with body and up to 3 files (≤ 5 MB each; pdf, png, jpeg, docx, xlsx, txt, csv, checked by content)",
        parameters: [idParam],
        requestBody: {
          required: true,
          content: {
            "application/json": { schema: ref("DealMessage") },
            "multipart/form-data": { schema: { type: "object", required: ["body"], properties: { body: { type: "string" }, files: { type: "array", items: { type: "string", format: "binary" }, maxItems: 3 } } } },
          },
        },
        responses: { "201": { description: "{ id }" }, ...errors },
      },
    },
    "/api/v1/deals/{id}/attachments/{attachmentId}": {
      get: {
        summary: `Download an attachment (Content-Disposition: attachment). ${partiesOnly}`,
        parameters: [idParam, { name: "attachmentId", in: "path", required: true, schema: { type: "string" } }],
        responses: { "200": { description: "The file, with its stored content type" }, ...errors },
      },
    },
    "/api/v1/deals/{id}/proposals": {
      get: { summary: `The term sheet's proposals, number 1 first. ${partiesOnly}`, parameters: [idParam], responses: { "200": { description: "[{ id, number, side, dealType, priceVnd, royaltyPct, … }]" }, ...errors } },
      post: { summary: "Propose or counter terms (negotiation stage only); bumps the deal's version", parameters: [idParam], requestBody: body("TermProposal"), responses: { "201": { description: "{ id, number, version }" }, ...errors } },
    },
    "/api/v1/deals/{id}/audit": {
      get: { summary: "The deal's audit log, oldest first (parties and admins; nobody can change it)", parameters: [idParam], responses: { "200": { description: "[{ action, actor, organization, before, after, createdAt }]" }, ...errors } },
    },
  };
}
