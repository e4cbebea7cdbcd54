CREATE INDEX "legal_sources_order_idx" ON "legal_sources" USING btree ("kind","date","citation");--> statement-breakpoint
-- Just-in-time compilation spends 100–400 ms compiling queries that run in milliseconds: the
-- planner's estimate for the visibility checks' recursive walk over legal sources crosses
-- jit_above_cost on every list and count. Off for this database's new sessions, and for the
-- session running this migration, which stays in the app's pool. Only the owner may alter a
-- database; anyone else is told to (docs/performance.md).
DO $$
BEGIN
  EXECUTE format('ALTER DATABASE %I SET jit = off', current_database());
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'jit stays on for this database: ask its owner to run ALTER DATABASE … SET jit = off';
END $$;
--> statement-breakpoint
SET jit = off;
