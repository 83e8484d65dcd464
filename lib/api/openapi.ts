// The OpenAPI 3.1 description of /api/v1, with request schemas generated from the same zod
// schemas the data layer validates with (so the document cannot drift from the checks).
import { z } from "zod";
import { ZChallengeInput, ZListingSearch, ZOfferInput } from "@/lib/listings/schemas";
import { ZIntroduction, ZMatchFeedback, ZMatchQuery } from "@/lib/matching/schemas";
import { contractPaths, contractSchemas } from "./openapi-contracts";
import { dealPaths, dealSchemas } from "./openapi-deals";
import { outcomePaths } from "./openapi-outcomes";

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" });

const error = {
  type: "object",
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", enum: ["NOT_FOUND", "FORBIDDEN", "VALIDATION", "CONFLICT", "RATE_LIMITED", "UNAVAILABLE", "UNAUTHENTICATED", "INTERNAL"] },
        message: { type: "string" },
        fields: { type: "object", additionalProperties: { type: "string" }, description: "field → message key (messages/en.json errors.fields)" },
      },
    },
  },
};

const errors = {
  "400": { description: "Invalid input", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
  "401": { description: "Not signed in, or invalid/revoked token", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
  "404": { description: "Not found, or not visible to the caller", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
  "409": { description: "Conflict (e.g. archived listings are read-only)", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
};

const searchParams = Object.entries((json(ZListingSearch) as { properties: Record<string, object> }).properties).map(([name, schema]) => ({
  name,
  in: "query",
  required: false,
  schema,
}));

const matchParams = Object.entries((json(ZMatchQuery) as { properties: Record<string, object> }).properties).map(([name, schema]) => ({
  name,
  in: "query",
  required: false,
  schema,
}));

function listingPaths(plural: "offers" | "challenges", input: string) {
  const one = plural === "offers" ? "offer" : "challenge";
  const idParam = [{ name: "id", in: "path", required: true, schema: { type: "string" } }];
  return {
    [`/api/v1/${plural}`]: {
      get: { summary: `Search published ${plural}`, parameters: searchParams, responses: { "200": { description: "A page of teasers" }, ...errors } },
      post: {
        summary: `Create a draft ${one}`,
        requestBody: { required: true, content: { "application/json": { schema: { $ref: `#/components/schemas/${input}` } } } },
        responses: { "201": { description: "Created: { id }" }, ...errors },
      },
    },
    [`/api/v1/${plural}/{id}`]: {
      get: { summary: `Get one ${one} (fields by the caller's access tier)`, parameters: idParam, responses: { "200": { description: `The ${one}` }, ...errors } },
      patch: {
        summary: `Change fields of your ${one}`,
        parameters: idParam,
        requestBody: { required: true, content: { "application/json": { schema: { $ref: `#/components/schemas/${input}` } } } },
        responses: { "200": { description: `The updated ${one}` }, ...errors },
      },
      delete: { summary: `Archive your ${one}`, parameters: idParam, responses: { "200": { description: "Archived" }, ...errors } },
    },
    [`/api/v1/${plural}/{id}/matches`]: {
      get: {
        summary: `The best matching ${plural === "offers" ? "challenges" : "offers"} for your ${one}, with reasons (owners, admins and verified intermediaries)`,
        parameters: [...idParam, ...matchParams],
        responses: { "200": { description: "{ listing, matches: [{ id, score (0–1), reasons (sentences), factors, listing, feedback }] }" }, ...errors },
      },
    },
    [`/api/v1/${plural}/{id}/status`]: {
      post: {
        summary: "Publish, close, archive or renew",
        parameters: idParam,
        requestBody: {
          required: true,
          content: { "application/json": { schema: { type: "object", required: ["action"], properties: { action: { type: "string", enum: ["publish", "close", "archive", "renew"] } } } } },
        },
        responses: { "200": { description: "Done" }, ...errors },
      },
    },
  };
}

export function openApiDocument(origin: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Helix API",
      version: "1",
      description:
        "Technology offers, challenges, organisations and taxonomy. Authenticate with the session cookie or `Authorization: Bearer hx_…` (create tokens in Settings → API tokens). Errors are `{ error: { code, message, fields } }`.",
    },
    servers: [{ url: origin }],
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" }, cookie: { type: "apiKey", in: "cookie", name: "authjs.session-token" } },
      schemas: { Error: error, OfferInput: json(ZOfferInput), ChallengeInput: json(ZChallengeInput), MatchFeedback: json(ZMatchFeedback), Introduction: json(ZIntroduction), ...dealSchemas, ...contractSchemas },
    },
    security: [{ bearer: [] }, { cookie: [] }, {}],
    paths: {
      ...listingPaths("offers", "OfferInput"),
      ...listingPaths("challenges", "ChallengeInput"),
      ...dealPaths(errors),
      ...contractPaths(errors),
      ...outcomePaths(errors),
      "/api/v1/organizations": {
        get: {
          summary: "List organisations (public profiles)",
          parameters: ["kind", "q", "page"].map((name) => ({ name, in: "query", required: false, schema: { type: "string" } })),
          responses: { "200": { description: "A page of organisations" } },
        },
      },
      "/api/v1/organizations/{id}": {
        get: { summary: "One organisation (contact details for its members only)", parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], responses: { "200": { description: "The organisation" }, ...errors } },
      },
      "/api/v1/matches/feedback": {
        post: {
          summary: "Shortlist or dismiss (with a reason) a match of your listing, or clear your verdict; dismissed matches do not come back",
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/MatchFeedback" } } } },
          responses: { "200": { description: "{ action }" }, ...errors },
        },
      },
      "/api/v1/matches/feed": {
        get: { summary: "New high-scoring pairs in the fields and regions your verified intermediary serves", responses: { "200": { description: "{ organization, servesAll, pairs }" }, ...errors } },
      },
      "/api/v1/matches/introductions": {
        post: {
          summary: "Introduce an offer and a challenge to each other (verified intermediaries); both owners are notified",
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/Introduction" } } } },
          responses: { "201": { description: "{ id }" }, ...errors },
        },
      },
      "/api/v1/taxonomy": { get: { summary: "Technology fields and sectors", responses: { "200": { description: "{ fields, sectors }" } } } },
      "/api/v1/export/{kind}": {
        get: { summary: "A search result as CSV (kind: offers or challenges)", parameters: [{ name: "kind", in: "path", required: true, schema: { type: "string", enum: ["offers", "challenges"] } }, ...searchParams], responses: { "200": { description: "text/csv" } } },
      },
    },
  };
}
