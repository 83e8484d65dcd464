-- Indexes for the outcome figures (lib/server/outcomes), measured with npm run bench:outcomes
-- (docs/BENCHMARKS.md). Hand-written: Prisma's schema cannot express INCLUDE or WHERE.
--
-- Published listings counted by field, sector and province over a publication period, and
-- the offers' commercialisation figures (patented, state-funded, complete business case):
-- covering and partial, so those counts read this narrow index only (an index-only scan)
-- instead of the wide listing rows with their texts and search vectors.
CREATE INDEX "Offer_live_facets_idx" ON "Offer" ("publishedAt") INCLUDE ("id", "fieldCodes", "sectorCodes", "province", "ipStatus", "stateFunded", "application", "targetCustomers", "marketSize", "unitCost", "efficiencyGain", "investmentNeeded", "askingPriceVnd") WHERE "status" IN ('PUBLISHED', 'CLOSED');
CREATE INDEX "Challenge_live_facets_idx" ON "Challenge" ("publishedAt") INCLUDE ("id", "fieldCodes", "sectorCodes", "province", "stateCommissioned") WHERE "status" IN ('PUBLISHED', 'CLOSED');

-- Each offer's first interest (the median days from publication to first interest).
CREATE INDEX "Deal_offer_createdAt_idx" ON "Deal" ("offerId", "createdAt") WHERE "listingKind" = 'offer';
