-- CreateEnum
CREATE TYPE "DealStage" AS ENUM ('INTEREST', 'NDA', 'NEGOTIATION', 'AGREED', 'CONTRACTED', 'WITHDRAWN', 'DECLINED');

-- CreateEnum
CREATE TYPE "DealCloseReason" AS ENUM ('NOT_A_FIT', 'TOO_EARLY', 'PRICE', 'ALREADY_COMMITTED', 'OTHER');

-- CreateEnum
CREATE TYPE "ContractType" AS ENUM ('LICENSE_EXCLUSIVE', 'LICENSE_NON_EXCLUSIVE', 'ASSIGNMENT', 'CO_RESEARCH', 'COMMISSIONED_RESEARCH', 'KNOW_HOW', 'SPIN_OFF', 'EQUIPMENT_SHARING', 'EXPERT_SECONDMENT');

-- CreateEnum
CREATE TYPE "TransferDirection" AS ENUM ('DOMESTIC', 'INBOUND', 'OUTBOUND');

-- CreateEnum
CREATE TYPE "MilestoneStatus" AS ENUM ('PENDING', 'DONE');

-- AlterTable
ALTER TABLE "ConfidentialAccess" ADD COLUMN     "dealId" TEXT;

-- CreateTable
CREATE TABLE "Deal" (
    "id" TEXT NOT NULL,
    "listingKind" TEXT NOT NULL,
    "offerId" TEXT,
    "challengeId" TEXT,
    "ownerOrgId" TEXT NOT NULL,
    "partnerOrgId" TEXT NOT NULL,
    "intermediaryOrgId" TEXT,
    "initiatorOrgId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "introductionId" TEXT,
    "stage" "DealStage" NOT NULL DEFAULT 'INTEREST',
    "version" INTEGER NOT NULL DEFAULT 1,
    "dealType" "DealType",
    "timing" TEXT,
    "message" TEXT NOT NULL,
    "respondBy" TIMESTAMP(3) NOT NULL,
    "respondedAt" TIMESTAMP(3),
    "ndaTemplateId" TEXT,
    "closeReason" "DealCloseReason",
    "closeNote" TEXT,
    "closedByOrgId" TEXT,
    "agreedProposalId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Deal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NdaTemplate" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "fileName" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NdaTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NdaAcceptance" (
    "id" TEXT NOT NULL,
    "dealId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "templateId" TEXT,
    "ndaVersion" TEXT NOT NULL,
    "textSha256" TEXT NOT NULL,
    "acceptedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NdaAcceptance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DealMessage" (
    "id" TEXT NOT NULL,
    "dealId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DealMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DealAttachment" (
    "id" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DealAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TermProposal" (
    "id" TEXT NOT NULL,
    "dealId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "organizationId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "dealType" "DealType" NOT NULL,
    "exclusive" BOOLEAN NOT NULL DEFAULT false,
    "priceVnd" BIGINT,
    "royaltyPct" DECIMAL(6,3),
    "territory" TEXT NOT NULL,
    "durationMonths" INTEGER,
    "milestones" JSONB NOT NULL DEFAULT '[]',
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TermProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TransferContract" (
    "id" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "dealId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdByOrgId" TEXT,
    "currentVersion" INTEGER NOT NULL DEFAULT 1,
    "title" TEXT NOT NULL,
    "type" "ContractType" NOT NULL,
    "supplierOrgId" TEXT,
    "supplierName" TEXT NOT NULL,
    "supplierCountry" TEXT NOT NULL,
    "recipientOrgId" TEXT,
    "recipientName" TEXT NOT NULL,
    "recipientCountry" TEXT NOT NULL,
    "intermediaryOrgId" TEXT,
    "direction" "TransferDirection" NOT NULL,
    "valueVnd" BIGINT NOT NULL,
    "signedAt" DATE NOT NULL,
    "stateFunded" BOOLEAN NOT NULL DEFAULT false,
    "offerId" TEXT,
    "challengeId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TransferContract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContractVersion" (
    "id" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "changedById" TEXT NOT NULL,
    "changedByOrgId" TEXT,
    "reason" TEXT,
    "title" TEXT NOT NULL,
    "type" "ContractType" NOT NULL,
    "supplierOrgId" TEXT,
    "supplierName" TEXT NOT NULL,
    "supplierCountry" TEXT NOT NULL,
    "recipientOrgId" TEXT,
    "recipientName" TEXT NOT NULL,
    "recipientCountry" TEXT NOT NULL,
    "intermediaryOrgId" TEXT,
    "direction" "TransferDirection" NOT NULL,
    "valueVnd" BIGINT NOT NULL,
    "currency" TEXT,
    "foreignAmount" DECIMAL(18,2),
    "exchangeRate" DECIMAL(18,6),
    "rateDate" DATE,
    "signedAt" DATE NOT NULL,
    "termMonths" INTEGER,
    "royaltyPct" DECIMAL(6,3),
    "royaltyNote" TEXT,
    "stateFunded" BOOLEAN NOT NULL DEFAULT false,
    "registrationNumber" TEXT,
    "registrationDate" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContractVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContractMilestone" (
    "id" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "amountVnd" BIGINT,
    "status" "MilestoneStatus" NOT NULL DEFAULT 'PENDING',
    "evidence" TEXT,
    "doneAt" TIMESTAMP(3),
    "doneById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContractMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "dealId" TEXT,
    "contractId" TEXT,
    "action" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "organizationId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Deal_introductionId_key" ON "Deal"("introductionId");

-- CreateIndex
CREATE INDEX "Deal_ownerOrgId_stage_idx" ON "Deal"("ownerOrgId", "stage");

-- CreateIndex
CREATE INDEX "Deal_partnerOrgId_stage_idx" ON "Deal"("partnerOrgId", "stage");

-- CreateIndex
CREATE INDEX "Deal_intermediaryOrgId_stage_idx" ON "Deal"("intermediaryOrgId", "stage");

-- CreateIndex
CREATE INDEX "Deal_offerId_idx" ON "Deal"("offerId");

-- CreateIndex
CREATE INDEX "Deal_challengeId_idx" ON "Deal"("challengeId");

-- CreateIndex
CREATE UNIQUE INDEX "NdaTemplate_organizationId_version_key" ON "NdaTemplate"("organizationId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "NdaAcceptance_dealId_organizationId_key" ON "NdaAcceptance"("dealId", "organizationId");

-- CreateIndex
CREATE INDEX "DealMessage_dealId_createdAt_idx" ON "DealMessage"("dealId", "createdAt");

-- CreateIndex
CREATE INDEX "DealAttachment_messageId_idx" ON "DealAttachment"("messageId");

-- CreateIndex
CREATE UNIQUE INDEX "TermProposal_dealId_number_key" ON "TermProposal"("dealId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "TransferContract_idempotencyKey_key" ON "TransferContract"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "TransferContract_dealId_key" ON "TransferContract"("dealId");

-- CreateIndex
CREATE INDEX "TransferContract_supplierOrgId_idx" ON "TransferContract"("supplierOrgId");

-- CreateIndex
CREATE INDEX "TransferContract_recipientOrgId_idx" ON "TransferContract"("recipientOrgId");

-- CreateIndex
CREATE INDEX "TransferContract_intermediaryOrgId_idx" ON "TransferContract"("intermediaryOrgId");

-- CreateIndex
CREATE INDEX "TransferContract_signedAt_idx" ON "TransferContract"("signedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ContractVersion_contractId_version_key" ON "ContractVersion"("contractId", "version");

-- CreateIndex
CREATE INDEX "ContractMilestone_status_dueDate_idx" ON "ContractMilestone"("status", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "ContractMilestone_contractId_position_key" ON "ContractMilestone"("contractId", "position");

-- CreateIndex
CREATE INDEX "AuditLog_dealId_createdAt_idx" ON "AuditLog"("dealId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_contractId_createdAt_idx" ON "AuditLog"("contractId", "createdAt");

-- AddForeignKey
ALTER TABLE "Deal" ADD CONSTRAINT "Deal_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deal" ADD CONSTRAINT "Deal_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deal" ADD CONSTRAINT "Deal_ndaTemplateId_fkey" FOREIGN KEY ("ndaTemplateId") REFERENCES "NdaTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NdaAcceptance" ADD CONSTRAINT "NdaAcceptance_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NdaAcceptance" ADD CONSTRAINT "NdaAcceptance_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "NdaTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealMessage" ADD CONSTRAINT "DealMessage_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealAttachment" ADD CONSTRAINT "DealAttachment_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "DealMessage"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermProposal" ADD CONSTRAINT "TermProposal_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TransferContract" ADD CONSTRAINT "TransferContract_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractVersion" ADD CONSTRAINT "ContractVersion_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "TransferContract"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractMilestone" ADD CONSTRAINT "ContractMilestone_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "TransferContract"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Append-only records: the audit log is never changed or removed, contract versions, NDA
-- acceptances and term-sheet proposals are never changed. The app cannot do otherwise.
-- (The body spells its semicolons as \073: migrations are split at every semicolon.)
CREATE FUNCTION helix_refuse_change() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN RAISE EXCEPTION ''% on % is not allowed: the record is append-only'', TG_OP, TG_TABLE_NAME USING ERRCODE = ''insufficient_privilege''\073 END\073';

CREATE TRIGGER "AuditLog_append_only" BEFORE UPDATE OR DELETE ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION helix_refuse_change();
CREATE TRIGGER "ContractVersion_append_only" BEFORE UPDATE OR DELETE ON "ContractVersion" FOR EACH ROW EXECUTE FUNCTION helix_refuse_change();
CREATE TRIGGER "NdaAcceptance_append_only" BEFORE UPDATE ON "NdaAcceptance" FOR EACH ROW EXECUTE FUNCTION helix_refuse_change();
CREATE TRIGGER "TermProposal_append_only" BEFORE UPDATE ON "TermProposal" FOR EACH ROW EXECUTE FUNCTION helix_refuse_change();
