-- AlterTable
ALTER TABLE "Deal" ADD COLUMN     "agreedAt" TIMESTAMP(3),
ADD COLUMN     "contractedAt" TIMESTAMP(3),
ADD COLUMN     "fieldCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "ndaAt" TIMESTAMP(3),
ADD COLUMN     "negotiationAt" TIMESTAMP(3),
ADD COLUMN     "province" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sectorCodes" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "TransferContract" ADD COLUMN     "fieldCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "province" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sectorCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "supplierKind" TEXT;

-- CreateTable
CREATE TABLE "ListingViewDaily" (
    "listingKind" TEXT NOT NULL,
    "listingId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ListingViewDaily_pkey" PRIMARY KEY ("listingKind","listingId","day")
);

-- CreateIndex
CREATE INDEX "Deal_createdAt_idx" ON "Deal"("createdAt");

-- CreateIndex
CREATE INDEX "TransferContract_offerId_idx" ON "TransferContract"("offerId");

-- CreateIndex
CREATE INDEX "TransferContract_challengeId_idx" ON "TransferContract"("challengeId");

-- CreateIndex
CREATE INDEX "TransferContract_fieldCodes_idx" ON "TransferContract" USING GIN ("fieldCodes");

-- CreateIndex
CREATE INDEX "TransferContract_sectorCodes_idx" ON "TransferContract" USING GIN ("sectorCodes");

-- Backfill existing rows from the data the app already wrote: the listing's facets, the
-- stage times from the audit log, the supplier's kind, the Vietnamese party's province.
UPDATE "Deal" d SET "fieldCodes" = o."fieldCodes", "sectorCodes" = o."sectorCodes", "province" = o."province"
FROM "Offer" o WHERE d."listingKind" = 'offer' AND d."offerId" = o."id";

UPDATE "Deal" d SET "fieldCodes" = c."fieldCodes", "sectorCodes" = c."sectorCodes", "province" = c."province"
FROM "Challenge" c WHERE d."listingKind" = 'challenge' AND d."challengeId" = c."id";

UPDATE "Deal" d SET
  "ndaAt" = (SELECT min(a."createdAt") FROM "AuditLog" a WHERE a."dealId" = d."id" AND a."entityType" = 'deal' AND a."action" = 'deal.accept'),
  "negotiationAt" = (SELECT min(a."createdAt") FROM "AuditLog" a WHERE a."dealId" = d."id" AND a."entityType" = 'deal' AND a."action" = 'deal.acceptNda'),
  "agreedAt" = (SELECT min(a."createdAt") FROM "AuditLog" a WHERE a."dealId" = d."id" AND a."entityType" = 'deal' AND a."action" = 'deal.agree'),
  "contractedAt" = (SELECT min(a."createdAt") FROM "AuditLog" a WHERE a."dealId" = d."id" AND a."entityType" = 'deal' AND a."action" = 'deal.contract');

UPDATE "TransferContract" t SET "supplierKind" = o."kind"::TEXT FROM "Organization" o WHERE t."supplierOrgId" = o."id";

UPDATE "TransferContract" t SET "fieldCodes" = o."fieldCodes", "sectorCodes" = o."sectorCodes", "province" = o."province"
FROM "Offer" o WHERE t."offerId" = o."id";

UPDATE "TransferContract" t SET "fieldCodes" = c."fieldCodes", "sectorCodes" = c."sectorCodes", "province" = c."province"
FROM "Challenge" c WHERE t."offerId" IS NULL AND t."challengeId" = c."id";

UPDATE "TransferContract" t SET "province" = COALESCE(
  (SELECT o."province" FROM "Organization" o WHERE o."id" = t."supplierOrgId" AND upper(o."country") = 'VN'),
  (SELECT o."province" FROM "Organization" o WHERE o."id" = t."recipientOrgId" AND upper(o."country") = 'VN'),
  '')
WHERE t."offerId" IS NULL AND t."challengeId" IS NULL;

-- The columns have no default in the schema: every writer sets them.
ALTER TABLE "Deal" ALTER COLUMN "province" DROP DEFAULT;
ALTER TABLE "TransferContract" ALTER COLUMN "province" DROP DEFAULT;
