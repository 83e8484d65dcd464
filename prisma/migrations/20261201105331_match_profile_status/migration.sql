-- AlterTable
ALTER TABLE "MatchProfile" DROP COLUMN "weights",
ADD COLUMN     "expiresAt" TIMESTAMP(3),
ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'DRAFT';
