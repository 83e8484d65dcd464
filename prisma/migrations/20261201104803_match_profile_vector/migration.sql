-- DropIndex
DROP INDEX "MatchProfile_keys_idx";

-- AlterTable
ALTER TABLE "MatchProfile" ADD COLUMN     "vector" BYTEA;

-- Candidates are always looked up on one side: a GIN index per side reads only that side's
-- postings (one shared index read both and filtered half away).
CREATE INDEX "MatchProfile_offer_keys_idx" ON "MatchProfile" USING GIN ("keys") WHERE "side" = 'offer';
CREATE INDEX "MatchProfile_challenge_keys_idx" ON "MatchProfile" USING GIN ("keys") WHERE "side" = 'challenge';
