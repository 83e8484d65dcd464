-- Search needs unaccent (diacritics-insensitive: "cong nghe" finds "công nghệ") and
-- pg_trgm. unaccent() is not IMMUTABLE, so a wrapper with a fixed dictionary is used in
-- generated columns and indexes.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE OR REPLACE FUNCTION helix_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- CreateEnum
CREATE TYPE "ListingStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CLOSED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "IpStatus" AS ENUM ('PATENT_GRANTED', 'PATENT_PENDING', 'UTILITY_SOLUTION', 'PLANT_VARIETY', 'COPYRIGHT', 'TRADE_SECRET', 'NONE');

-- CreateEnum
CREATE TYPE "DealType" AS ENUM ('LICENSE', 'ASSIGNMENT', 'CO_RESEARCH', 'COMMISSIONED_RESEARCH', 'KNOW_HOW', 'SPIN_OFF', 'EQUIPMENT_SHARING', 'EXPERT_SECONDMENT');

-- CreateEnum
CREATE TYPE "TaxonomyKind" AS ENUM ('FIELD', 'SECTOR');

-- CreateTable
CREATE TABLE "TaxonomyTerm" (
    "code" TEXT NOT NULL,
    "kind" "TaxonomyKind" NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "synonyms" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TaxonomyTerm_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Offer" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "listedByOrganizationId" TEXT,
    "createdById" TEXT NOT NULL,
    "status" "ListingStatus" NOT NULL DEFAULT 'DRAFT',
    "language" TEXT NOT NULL DEFAULT 'vi',
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "titleTranslated" TEXT,
    "summaryTranslated" TEXT,
    "application" TEXT,
    "targetCustomers" TEXT,
    "trl" INTEGER NOT NULL,
    "ipStatus" "IpStatus" NOT NULL DEFAULT 'NONE',
    "stateFunded" BOOLEAN NOT NULL DEFAULT false,
    "dealTypes" "DealType"[] DEFAULT ARRAY[]::"DealType"[],
    "fieldCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "sectorCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "province" TEXT NOT NULL,
    "marketSize" TEXT,
    "unitCost" TEXT,
    "efficiencyGain" TEXT,
    "investmentNeeded" TEXT,
    "askingPriceVnd" BIGINT,
    "patentNumbers" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "confidentialDetails" TEXT,
    "externalRef" TEXT,
    "publishedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "search" tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('simple', helix_unaccent(coalesce("title", '') || ' ' || coalesce("titleTranslated", ''))), 'A') ||
      setweight(to_tsvector('simple', helix_unaccent(coalesce("summary", '') || ' ' || coalesce("summaryTranslated", ''))), 'B') ||
      setweight(to_tsvector('simple', helix_unaccent(coalesce("application", '') || ' ' || coalesce("targetCustomers", ''))), 'C')
    ) STORED,

    CONSTRAINT "Offer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Challenge" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "status" "ListingStatus" NOT NULL DEFAULT 'DRAFT',
    "language" TEXT NOT NULL DEFAULT 'vi',
    "stateCommissioned" BOOLEAN NOT NULL DEFAULT false,
    "title" TEXT NOT NULL,
    "problem" TEXT NOT NULL,
    "desiredOutcome" TEXT,
    "titleTranslated" TEXT,
    "problemTranslated" TEXT,
    "minTrl" INTEGER NOT NULL DEFAULT 1,
    "deadline" TIMESTAMP(3),
    "dealTypes" "DealType"[] DEFAULT ARRAY[]::"DealType"[],
    "fieldCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "sectorCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "province" TEXT NOT NULL,
    "constraints" TEXT,
    "budgetMinVnd" BIGINT,
    "budgetMaxVnd" BIGINT,
    "confidentialDetails" TEXT,
    "externalRef" TEXT,
    "publishedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "search" tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('simple', helix_unaccent(coalesce("title", '') || ' ' || coalesce("titleTranslated", ''))), 'A') ||
      setweight(to_tsvector('simple', helix_unaccent(coalesce("problem", '') || ' ' || coalesce("problemTranslated", ''))), 'B') ||
      setweight(to_tsvector('simple', helix_unaccent(coalesce("desiredOutcome", ''))), 'C')
    ) STORED,

    CONSTRAINT "Challenge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConfidentialAccess" (
    "id" TEXT NOT NULL,
    "offerId" TEXT,
    "challengeId" TEXT,
    "organizationId" TEXT NOT NULL,
    "grantedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConfidentialAccess_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Offer_status_publishedAt_idx" ON "Offer"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "Offer_organizationId_idx" ON "Offer"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Offer_organizationId_externalRef_key" ON "Offer"("organizationId", "externalRef");

-- CreateIndex
CREATE INDEX "Challenge_status_publishedAt_idx" ON "Challenge"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "Challenge_organizationId_idx" ON "Challenge"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Challenge_organizationId_externalRef_key" ON "Challenge"("organizationId", "externalRef");

-- CreateIndex
CREATE INDEX "ConfidentialAccess_organizationId_idx" ON "ConfidentialAccess"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "ConfidentialAccess_offerId_organizationId_key" ON "ConfidentialAccess"("offerId", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "ConfidentialAccess_challengeId_organizationId_key" ON "ConfidentialAccess"("challengeId", "organizationId");

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_listedByOrganizationId_fkey" FOREIGN KEY ("listedByOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConfidentialAccess" ADD CONSTRAINT "ConfidentialAccess_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConfidentialAccess" ADD CONSTRAINT "ConfidentialAccess_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConfidentialAccess" ADD CONSTRAINT "ConfidentialAccess_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Full-text search over the teaser fields.
CREATE INDEX "Offer_search_idx" ON "Offer" USING GIN ("search");
CREATE INDEX "Challenge_search_idx" ON "Challenge" USING GIN ("search");
