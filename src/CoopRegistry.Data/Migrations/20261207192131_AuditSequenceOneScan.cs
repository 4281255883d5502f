using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopRegistry.Data.Migrations
{
    /// <summary>
    /// registry.audit_sequence() scans registry.audit_pending once a run instead of twice: it deletes
    /// and takes the pending entries first and returns 0 when there were none, where it first asked
    /// whether any existed. Both scans read the whole table, dead rows' pages too (1,170 pages for 31
    /// live rows between autovacuum's runs under the benchmark's creates). The head is locked after the
    /// delete; the advisory lock already makes runs one at a time, so the chain is the same.
    /// </summary>
    public partial class AuditSequenceOneScan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The SQL as written with this migration, kept as it was: a later change is a new migration.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION registry.audit_sequence() RETURNS integer
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
                    -- One statement takes and deletes the same rows: an entry committed meanwhile waits for the next run.
                    WITH deleted AS (DELETE FROM registry.audit_pending RETURNING *)
                    SELECT array_agg(ROW(deleted.*)::registry.audit_pending ORDER BY deleted.id) INTO taken FROM deleted;
                    IF taken IS NULL THEN
                        RETURN 0;
                    END IF;
                    SELECT * INTO head FROM registry.audit_head WHERE id = 1 FOR UPDATE;
                    IF NOT FOUND THEN
                        RAISE EXCEPTION 'registry.audit_head has no row: the AuditLog migration has not run';
                    END IF;
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
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to undo: the function chains exactly what the two-scan one did, and its grants are unchanged.
        }
    }
}
