-- CreateEnum
CREATE TYPE "MatchFeedbackAction" AS ENUM ('SHORTLIST', 'DISMISS');

-- CreateEnum
CREATE TYPE "MatchDismissReason" AS ENUM ('NOT_RELEVANT', 'TRL_TOO_LOW', 'TOO_EXPENSIVE', 'WRONG_DEAL_TYPE', 'OTHER');

-- CreateTable
CREATE TABLE "MatchProfile" (
    "listingId" TEXT NOT NULL,
    "side" TEXT NOT NULL,
    "keys" INTEGER[],
    "weights" REAL[],
    "languages" TEXT[],
    "sectors" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MatchProfile_pkey" PRIMARY KEY ("listingId")
);

-- CreateTable
CREATE TABLE "MatchKeyStat" (
    "side" TEXT NOT NULL,
    "key" INTEGER NOT NULL,
    "df" INTEGER NOT NULL,

    CONSTRAINT "MatchKeyStat_pkey" PRIMARY KEY ("side","key")
);

-- CreateTable
CREATE TABLE "MatchPair" (
    "offerId" TEXT NOT NULL,
    "challengeId" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "reasons" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MatchPair_pkey" PRIMARY KEY ("offerId","challengeId")
);

-- CreateTable
CREATE TABLE "MatchFeedback" (
    "id" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "challengeId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "action" "MatchFeedbackAction" NOT NULL,
    "reason" "MatchDismissReason",
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MatchFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MatchIntroduction" (
    "id" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "challengeId" TEXT NOT NULL,
    "intermediaryId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "message" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MatchIntroduction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailOutbox" (
    "id" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "error" TEXT,

    CONSTRAINT "EmailOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "dedupeKey" TEXT,
    "runAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lockedAt" TIMESTAMP(3),
    "doneAt" TIMESTAMP(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MatchProfile_keys_idx" ON "MatchProfile" USING GIN ("keys");

-- CreateIndex
CREATE INDEX "MatchPair_computedAt_idx" ON "MatchPair"("computedAt");

-- CreateIndex
CREATE INDEX "MatchPair_challengeId_idx" ON "MatchPair"("challengeId");

-- CreateIndex
CREATE INDEX "MatchFeedback_organizationId_idx" ON "MatchFeedback"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "MatchFeedback_offerId_challengeId_organizationId_key" ON "MatchFeedback"("offerId", "challengeId", "organizationId");

-- CreateIndex
CREATE INDEX "MatchIntroduction_intermediaryId_idx" ON "MatchIntroduction"("intermediaryId");

-- CreateIndex
CREATE UNIQUE INDEX "MatchIntroduction_offerId_challengeId_intermediaryId_key" ON "MatchIntroduction"("offerId", "challengeId", "intermediaryId");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "EmailOutbox_sentAt_idx" ON "EmailOutbox"("sentAt");

-- CreateIndex
CREATE INDEX "Job_doneAt_runAt_idx" ON "Job"("doneAt", "runAt");

-- CreateIndex
CREATE INDEX "Job_dedupeKey_idx" ON "Job"("dedupeKey");

-- AddForeignKey
ALTER TABLE "MatchPair" ADD CONSTRAINT "MatchPair_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchPair" ADD CONSTRAINT "MatchPair_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchFeedback" ADD CONSTRAINT "MatchFeedback_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchFeedback" ADD CONSTRAINT "MatchFeedback_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchIntroduction" ADD CONSTRAINT "MatchIntroduction_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchIntroduction" ADD CONSTRAINT "MatchIntroduction_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE CASCADE ON UPDATE CASCADE;
