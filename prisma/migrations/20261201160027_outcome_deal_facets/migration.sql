-- CreateIndex
CREATE INDEX "Deal_fieldCodes_idx" ON "Deal" USING GIN ("fieldCodes");

-- CreateIndex
CREATE INDEX "Deal_sectorCodes_idx" ON "Deal" USING GIN ("sectorCodes");

-- The State view's commissioned challenges: a small covering index instead of filtering
-- every published challenge (19 → 5 ms with a sector filter at 50,000 challenges).
CREATE INDEX "Challenge_commissioned_facets_idx" ON "Challenge" ("publishedAt") INCLUDE ("id", "fieldCodes", "sectorCodes", "province") WHERE "status" IN ('PUBLISHED', 'CLOSED') AND "stateCommissioned";
