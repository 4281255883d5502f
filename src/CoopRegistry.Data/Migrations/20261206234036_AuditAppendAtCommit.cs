using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopRegistry.Data.Migrations
{
    /// <summary>
    /// The chain is appended at commit inside PostgreSQL: the registry inserts a transaction's entries,
    /// unchained, into registry.audit_pending, and a deferred constraint trigger takes the head's lock,
    /// chains each entry (the same SHA-256 layout as AuditChain.HashOf) and moves it into
    /// registry.audit_entries as the transaction commits. The head's lock is held for the commit
    /// alone, no longer across the registry's round trips.
    /// </summary>
    public partial class AuditAppendAtCommit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The SQL as written with this migration, kept as it was: a later change is a new migration.
            migrationBuilder.Sql("""
                CREATE TABLE registry.audit_pending (
                    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    time timestamptz NOT NULL,
                    client_id text NOT NULL,
                    agency_id text,
                    method text NOT NULL,
                    record_name text NOT NULL,
                    parent_name text,
                    change character varying(16) NOT NULL,
                    before text,
                    after text,
                    request_id uuid,
                    visibility character varying(16) NOT NULL,
                    home_province_code text,
                    party_province_codes text[] NOT NULL,
                    party_agency_ids text[] NOT NULL,
                    person_id text
                );
                REVOKE ALL ON registry.audit_pending FROM coopregistry_app;
                GRANT SELECT, INSERT, DELETE ON registry.audit_pending TO coopregistry_app;

                -- One field of the chain's hash: its UTF-8 bytes framed by their length, a null as length -1.
                CREATE FUNCTION registry.audit_field(value text) RETURNS bytea
                LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                    SELECT CASE WHEN value IS NULL THEN int4send(-1)
                                ELSE int4send(octet_length(convert_to(value, 'UTF8'))) || convert_to(value, 'UTF8') END
                $$;

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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TABLE IF EXISTS registry.audit_pending;
                DROP FUNCTION IF EXISTS registry.audit_append();
                DROP FUNCTION IF EXISTS registry.audit_field(text);
                """);
        }
    }
}
