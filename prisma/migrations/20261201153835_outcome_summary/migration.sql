-- CreateTable
CREATE TABLE "OutcomeSummary" (
    "key" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutcomeSummary_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "OutcomeChange" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutcomeChange_pkey" PRIMARY KEY ("id")
);

-- Any change to a table the outcome summaries read leaves a row in OutcomeChange, in the
-- changing transaction: a summary computed before it committed is then known to be stale.
-- Statement-level, so a bulk load adds one row per statement, not per row.
-- (The body spells its semicolon as \073: migrations are split at every semicolon.)
CREATE FUNCTION helix_outcome_changed() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN INSERT INTO "OutcomeChange" DEFAULT VALUES\073 RETURN NULL\073 END\073';

CREATE TRIGGER "Offer_outcome_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Offer" FOR EACH STATEMENT EXECUTE FUNCTION helix_outcome_changed();
CREATE TRIGGER "Challenge_outcome_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Challenge" FOR EACH STATEMENT EXECUTE FUNCTION helix_outcome_changed();
CREATE TRIGGER "Deal_outcome_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Deal" FOR EACH STATEMENT EXECUTE FUNCTION helix_outcome_changed();
CREATE TRIGGER "TransferContract_outcome_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "TransferContract" FOR EACH STATEMENT EXECUTE FUNCTION helix_outcome_changed();
