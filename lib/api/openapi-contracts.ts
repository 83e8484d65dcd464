// The /api/v1/contracts part of the OpenAPI document, from the schemas the data layer checks with.
import { z } from "zod";
import { ZCompleteMilestone, ZCorrectContract, ZCreateContract } from "@/lib/contracts/schemas";

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const body = (name: string) => ({ required: true, content: { "application/json": { schema: ref(name) } } });
const path = (name: string) => ({ name, in: "path", required: true, schema: { type: "string" } });

export const contractSchemas = {
  CreateContract: json(ZCreateContract),
  CorrectContract: json(ZCorrectContract),
  CompleteMilestone: json(ZCompleteMilestone),
};

/** `errors` are the shared 400/401/404/409 responses. */
export function contractPaths(errors: Record<string, unknown>) {
  return {
    "/api/v1/contracts": {
      get: { summary: "Contracts your organisations are party to (admins: all), with the next milestone, and pending milestones due within 30 days or overdue", responses: { "200": { description: "{ items, due }" }, ...errors } },
      post: {
        summary:
          "Record a transfer contract: from an AGREED deal you are party to (`dealId` + `dealVersion`; the deal becomes CONTRACTED), or a contract signed elsewhere (verified intermediaries and admins). Amounts in VND are whole numbers (strings or numbers); dates YYYY-MM-DD. Send an `Idempotency-Key` header (or `idempotencyKey`): a repeat by the same user returns the first contract",
        parameters: [{ name: "Idempotency-Key", in: "header", required: false, schema: { type: "string", minLength: 8, maxLength: 100 } }],
        requestBody: body("CreateContract"),
        responses: { "201": { description: "{ id, created: true }" }, "200": { description: "A repeat of the same key: { id, created: false }" }, "403": { description: "Not allowed to enter contracts directly" }, ...errors },
      },
    },
    "/api/v1/contracts/{id}": {
      get: { summary: "One contract: current terms, versions with what changed, milestones, audit log (parties and admins; others 404)", parameters: [path("id")], responses: { "200": { description: "The contract (money as decimal strings)" }, ...errors } },
    },
    "/api/v1/contracts/{id}/versions": {
      post: {
        summary: "Correct a contract: all terms, a reason and `expectedVersion` (the current version you saw); earlier versions stay unchanged; a stale version is 409",
        parameters: [path("id")],
        requestBody: body("CorrectContract"),
        responses: { "201": { description: "{ id, version }" }, ...errors },
      },
    },
    "/api/v1/contracts/{id}/milestones/{milestoneId}": {
      post: {
        summary: "Mark a pending milestone done with evidence (a note or a link); parties only; a milestone already done is 409",
        parameters: [path("id"), path("milestoneId")],
        requestBody: body("CompleteMilestone"),
        responses: { "200": { description: "{ id, status, doneAt }" }, ...errors },
      },
    },
    "/api/v1/contracts/{id}/audit": {
      get: { summary: "The contract's audit entries, oldest first: actor, organisation, time, before/after", parameters: [path("id")], responses: { "200": { description: "{ items }" }, ...errors } },
    },
  };
}
