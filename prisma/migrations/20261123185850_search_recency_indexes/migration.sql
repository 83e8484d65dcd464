-- Newest-first scans over live listings: browsing without a query, and ranking a broad
-- query's newest matches (lib/server/listings/search-listings.ts). Partial, so drafts and
-- archived listings cost nothing here. Hand-written: Prisma's schema cannot express them.
CREATE INDEX "Offer_live_publishedAt_idx" ON "Offer" ("publishedAt" DESC NULLS LAST) WHERE "status" IN ('PUBLISHED', 'CLOSED');
CREATE INDEX "Challenge_live_publishedAt_idx" ON "Challenge" ("publishedAt" DESC NULLS LAST) WHERE "status" IN ('PUBLISHED', 'CLOSED');

-- Facet filters, so a broad text match combined with a selective facet intersects indexes
-- (bitmap AND) instead of checking every text match row by row.
CREATE INDEX "Offer_fieldCodes_idx" ON "Offer" USING GIN ("fieldCodes");
CREATE INDEX "Offer_sectorCodes_idx" ON "Offer" USING GIN ("sectorCodes");
CREATE INDEX "Offer_dealTypes_idx" ON "Offer" USING GIN ("dealTypes");
CREATE INDEX "Offer_province_trl_idx" ON "Offer" ("province", "trl");
CREATE INDEX "Challenge_fieldCodes_idx" ON "Challenge" USING GIN ("fieldCodes");
CREATE INDEX "Challenge_sectorCodes_idx" ON "Challenge" USING GIN ("sectorCodes");
CREATE INDEX "Challenge_dealTypes_idx" ON "Challenge" USING GIN ("dealTypes");
CREATE INDEX "Challenge_province_minTrl_idx" ON "Challenge" ("province", "minTrl");
