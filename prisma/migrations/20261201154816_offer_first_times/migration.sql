-- AlterTable
ALTER TABLE "Offer" ADD COLUMN     "firstContractAt" DATE,
ADD COLUMN     "firstInterestAt" TIMESTAMP(3);

-- Offer."firstInterestAt" / "firstContractAt": the earliest deal on the offer and the
-- earliest contract's signing date, kept by triggers on Deal and TransferContract (any write
-- path, plain SQL included), so the outcome figures read one column instead of grouping every
-- deal and contract (npm run bench:outcomes, docs/BENCHMARKS.md).
-- (Function bodies spell their semicolons as \073: migrations are split at every semicolon.)
CREATE FUNCTION helix_offer_first_times(offer text) RETURNS void LANGUAGE sql AS E'
  UPDATE "Offer" o SET "firstInterestAt" = x.fi, "firstContractAt" = x.fc
  FROM (SELECT (SELECT min(d."createdAt") FROM "Deal" d WHERE d."offerId" = offer AND d."listingKind" = ''offer'') AS fi,
               (SELECT min(t."signedAt") FROM "TransferContract" t WHERE t."offerId" = offer) AS fc) x
  WHERE o."id" = offer AND (o."firstInterestAt" IS DISTINCT FROM x.fi OR o."firstContractAt" IS DISTINCT FROM x.fc)';

CREATE FUNCTION helix_offer_first_times_changed() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  IF TG_OP = ''TRUNCATE'' THEN
    IF TG_TABLE_NAME = ''Deal'' THEN UPDATE "Offer" SET "firstInterestAt" = NULL WHERE "firstInterestAt" IS NOT NULL\073
    ELSE UPDATE "Offer" SET "firstContractAt" = NULL WHERE "firstContractAt" IS NOT NULL\073 END IF\073
    RETURN NULL\073
  END IF\073
  IF TG_OP <> ''INSERT'' THEN IF OLD."offerId" IS NOT NULL THEN PERFORM helix_offer_first_times(OLD."offerId")\073 END IF\073 END IF\073
  IF TG_OP <> ''DELETE'' THEN IF NEW."offerId" IS NOT NULL THEN PERFORM helix_offer_first_times(NEW."offerId")\073 END IF\073 END IF\073
  RETURN NULL\073
END\073';

CREATE TRIGGER "Deal_offer_first_times" AFTER INSERT OR DELETE OR UPDATE OF "offerId", "createdAt", "listingKind" ON "Deal" FOR EACH ROW EXECUTE FUNCTION helix_offer_first_times_changed();
CREATE TRIGGER "Deal_offer_first_times_truncate" AFTER TRUNCATE ON "Deal" FOR EACH STATEMENT EXECUTE FUNCTION helix_offer_first_times_changed();
CREATE TRIGGER "TransferContract_offer_first_times" AFTER INSERT OR DELETE OR UPDATE OF "offerId", "signedAt" ON "TransferContract" FOR EACH ROW EXECUTE FUNCTION helix_offer_first_times_changed();
CREATE TRIGGER "TransferContract_offer_first_times_truncate" AFTER TRUNCATE ON "TransferContract" FOR EACH STATEMENT EXECUTE FUNCTION helix_offer_first_times_changed();

-- Backfill.
UPDATE "Offer" o SET "firstInterestAt" = fi.m FROM (SELECT d."offerId", min(d."createdAt") AS m FROM "Deal" d WHERE d."listingKind" = 'offer' AND d."offerId" IS NOT NULL GROUP BY 1) fi WHERE fi."offerId" = o."id";
UPDATE "Offer" o SET "firstContractAt" = fc.m FROM (SELECT t."offerId", min(t."signedAt") AS m FROM "TransferContract" t WHERE t."offerId" IS NOT NULL GROUP BY 1) fc WHERE fc."offerId" = o."id";
