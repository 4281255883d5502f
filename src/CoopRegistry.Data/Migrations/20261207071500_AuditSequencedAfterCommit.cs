using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopRegistry.Data.Migrations
{
    /// <summary>
    /// The chain is appended after commit instead of at it: a write's transaction commits its entries
    /// unchained in registry.audit_pending (no lock shared with other writes, no NOTIFY), and
    /// registry.audit_sequence(), which the registry runs right after each audited commit, chains every
    /// committed pending entry in one transaction (one WAL flush for all of them), in id order, and
    /// notifies once. The deferred trigger held the head's row lock (and NOTIFY's) through each
    /// commit's WAL flush, so audited commits reached the disk one at a time. Readers still see only
    /// chained entries, whole and in order; entries of a rolled-back write never reach the pending
    /// table; the app role may only insert pending entries, never read, change or delete them.
    /// </summary>
    public partial class AuditSequencedAfterCommit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The SQL as written with this migration, kept as it was: a later change is a new migration.
            migrationBuilder.Sql("""
                DROP TRIGGER audit_pending_append ON registry.audit_pending;
                DROP FUNCTION registry.audit_append();

                REVOKE ALL ON registry.audit_pending FROM coopregistry_app;
                GRANT INSERT ON registry.audit_pending TO coopregistry_app;

                CREATE FUNCTION registry.audit_sequence() RETURNS integer
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
                DECLARE
                    head registry.audit_head%ROWTYPE;
                    taken registry.audit_pending[];
                    entry registry.audit_pending;
                    entry_time timestamptz;
                    entry_hash bytea;
                BEGIN
                    -- One sequencer at a time. Waiting for an advisory lock writes no WAL, and a run that
                    -- finds nothing to chain commits without a flush.
                    PERFORM pg_advisory_xact_lock('registry.audit_pending'::regclass::oid::bigint);
                    IF NOT EXISTS (SELECT FROM registry.audit_pending) THEN
                        RETURN 0;
                    END IF;
                    SELECT * INTO head FROM registry.audit_head WHERE id = 1 FOR UPDATE;
                    IF NOT FOUND THEN
                        RAISE EXCEPTION 'registry.audit_head has no row: the AuditLog migration has not run';
                    END IF;
                    -- One statement takes and deletes the same rows: an entry committed meanwhile waits for the next run.
                    WITH deleted AS (DELETE FROM registry.audit_pending RETURNING *)
                    SELECT array_agg(ROW(deleted.*)::registry.audit_pending ORDER BY deleted.id) INTO taken FROM deleted;
                    FOREACH entry IN ARRAY taken LOOP
                        -- Entry times never go backwards along the chain, so "as it stood at t" follows the sequence.
                        entry_time := greatest(head.time, entry.time);
                        entry_hash := sha256(
                            registry.audit_field(CASE WHEN entry.person_id IS NULL THEN 'coopregistry.audit.v1' ELSE 'coopregistry.audit.v2' END)
                            || registry.audit_field((head.sequence + 1)::text)
                            || registry.audit_field((extract(epoch FROM entry_time) * 1000000)::bigint::text)
                            || registry.audit_field(entry.client_id)
                            || registry.audit_field(entry.agency_id)
                            || registry.audit_field(entry.method)
                            || registry.audit_field(entry.record_name)
                            || registry.audit_field(entry.parent_name)
                            || registry.audit_field(entry.change)
                            || registry.audit_field(entry.before)
                            || registry.audit_field(entry.after)
                            || registry.audit_field(entry.request_id::text)
                            || registry.audit_field(entry.visibility)
                            || registry.audit_field(entry.home_province_code)
                            || registry.audit_field(array_to_string(entry.party_province_codes, E'\n'))
                            || registry.audit_field(array_to_string(entry.party_agency_ids, E'\n'))
                            || CASE WHEN entry.person_id IS NULL THEN ''::bytea ELSE registry.audit_field(entry.person_id) END
                            || head.hash);
                        INSERT INTO registry.audit_entries (sequence, time, client_id, agency_id, method, record_name, parent_name, change,
                            before, after, request_id, visibility, home_province_code, party_province_codes, party_agency_ids, previous_hash, hash, person_id)
                        VALUES (head.sequence + 1, entry_time, entry.client_id, entry.agency_id, entry.method, entry.record_name, entry.parent_name, entry.change,
                            entry.before::json, entry.after::json, entry.request_id, entry.visibility, entry.home_province_code, entry.party_province_codes,
                            entry.party_agency_ids, head.hash, entry_hash, entry.person_id);
                        head.sequence := head.sequence + 1;
                        head.hash := entry_hash;
                        head.time := entry_time;
                    END LOOP;
                    UPDATE registry.audit_head SET sequence = head.sequence, hash = head.hash, time = head.time WHERE id = 1;
                    -- Delivered at commit: wakes the change-feed watchers of every registry process.
                    PERFORM pg_notify('coopregistry_audit', head.sequence::text);
                    RETURN cardinality(taken);
                END $$;
                REVOKE ALL ON FUNCTION registry.audit_sequence() FROM PUBLIC;
                GRANT EXECUTE ON FUNCTION registry.audit_sequence() TO coopregistry_app;

                -- Entries a transaction left pending under the trigger, had any: chained now.
                SELECT registry.audit_sequence();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                SELECT registry.audit_sequence();
                DROP FUNCTION registry.audit_sequence();
                GRANT SELECT, DELETE ON registry.audit_pending TO coopregistry_app;

                CREATE FUNCTION registry.audit_append() RETURNS trigger
                LANGUAGE plpgsql AS $$
                DECLARE
                    head registry.audit_head%ROWTYPE;
                    next_sequence bigint;
                    entry_time timestamptz;
                    entry_hash bytea;
                BEGIN
                    SELECT * INTO head FROM registry.audit_head WHERE id = 1 FOR UPDATE;
                    IF NOT FOUND THEN
                        RAISE EXCEPTION 'registry.audit_head has no row: the AuditLog migration has not run';
                    END IF;
                    next_sequence := head.sequence + 1;
                    -- Entry times never go backwards along the chain, so "as it stood at t" follows the sequence.
                    entry_time := greatest(head.time, NEW.time);
                    entry_hash := sha256(
                        registry.audit_field(CASE WHEN NEW.person_id IS NULL THEN 'coopregistry.audit.v1' ELSE 'coopregistry.audit.v2' END)
                        || registry.audit_field(next_sequence::text)
                        || registry.audit_field((extract(epoch FROM entry_time) * 1000000)::bigint::text)
                        || registry.audit_field(NEW.client_id)
                        || registry.audit_field(NEW.agency_id)
                        || registry.audit_field(NEW.method)
                        || registry.audit_field(NEW.record_name)
                        || registry.audit_field(NEW.parent_name)
                        || registry.audit_field(NEW.change)
                        || registry.audit_field(NEW.before)
                        || registry.audit_field(NEW.after)
                        || registry.audit_field(NEW.request_id::text)
                        || registry.audit_field(NEW.visibility)
                        || registry.audit_field(NEW.home_province_code)
                        || registry.audit_field(array_to_string(NEW.party_province_codes, E'\n'))
                        || registry.audit_field(array_to_string(NEW.party_agency_ids, E'\n'))
                        || CASE WHEN NEW.person_id IS NULL THEN ''::bytea ELSE registry.audit_field(NEW.person_id) END
                        || head.hash);
                    INSERT INTO registry.audit_entries (sequence, time, client_id, agency_id, method, record_name, parent_name, change,
                        before, after, request_id, visibility, home_province_code, party_province_codes, party_agency_ids, previous_hash, hash, person_id)
                    VALUES (next_sequence, entry_time, NEW.client_id, NEW.agency_id, NEW.method, NEW.record_name, NEW.parent_name, NEW.change,
                        NEW.before::json, NEW.after::json, NEW.request_id, NEW.visibility, NEW.home_province_code, NEW.party_province_codes,
                        NEW.party_agency_ids, head.hash, entry_hash, NEW.person_id);
                    UPDATE registry.audit_head SET sequence = next_sequence, hash = entry_hash, time = entry_time WHERE id = 1;
                    DELETE FROM registry.audit_pending WHERE id = NEW.id;
                    -- Delivered at commit: wakes the change-feed watchers of every registry process.
                    PERFORM pg_notify('coopregistry_audit', next_sequence::text);
                    RETURN NULL;
                END $$;

                CREATE CONSTRAINT TRIGGER audit_pending_append
                    AFTER INSERT ON registry.audit_pending
                    DEFERRABLE INITIALLY DEFERRED
                    FOR EACH ROW EXECUTE FUNCTION registry.audit_append();
                """);
        }
    }
}
