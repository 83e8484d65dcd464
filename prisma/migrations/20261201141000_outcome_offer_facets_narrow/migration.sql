-- The offers' covering index as a narrow one: with the business-case columns included it was
-- twice the size, and the planner then preferred a sequential scan of the offers for the
-- field and sector counts (npm run bench:outcomes, docs/BENCHMARKS.md). The commercialisation
-- figures read the table, as they did before.
DROP INDEX "Offer_live_facets_idx";
CREATE INDEX "Offer_live_facets_idx" ON "Offer" ("publishedAt") INCLUDE ("fieldCodes", "sectorCodes", "province") WHERE "status" IN ('PUBLISHED', 'CLOSED');
