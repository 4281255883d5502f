using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopRegistry.Data.Migrations
{
    /// <inheritdoc />
    public partial class AuditLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "registry",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    time = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    client_id = table.Column<string>(type: "text", nullable: false),
                    agency_id = table.Column<string>(type: "text", nullable: true),
                    method = table.Column<string>(type: "text", nullable: false),
                    record_name = table.Column<string>(type: "text", nullable: false),
                    parent_name = table.Column<string>(type: "text", nullable: true),
                    change = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    before = table.Column<string>(type: "json", nullable: true),
                    after = table.Column<string>(type: "json", nullable: true),
                    request_id = table.Column<Guid>(type: "uuid", nullable: true),
                    visibility = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    home_province_code = table.Column<string>(type: "text", nullable: true),
                    party_province_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    party_agency_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    previous_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    hash = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.sequence);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_agency_id_sequence",
                schema: "registry",
                table: "audit_entries",
                columns: new[] { "agency_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_client_id_sequence",
                schema: "registry",
                table: "audit_entries",
                columns: new[] { "client_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_parent_name_sequence",
                schema: "registry",
                table: "audit_entries",
                columns: new[] { "parent_name", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_record_name_sequence",
                schema: "registry",
                table: "audit_entries",
                columns: new[] { "record_name", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_time",
                schema: "registry",
                table: "audit_entries",
                column: "time");

            // The SQL as written with this migration, kept as it was: a later change is a new migration.
            migrationBuilder.Sql("""
                CREATE TABLE registry.audit_head (
                    id integer PRIMARY KEY CHECK (id = 1),
                    sequence bigint NOT NULL,
                    hash bytea NOT NULL,
                    time timestamptz NOT NULL
                );
                INSERT INTO registry.audit_head VALUES (1, 0, '\x0000000000000000000000000000000000000000000000000000000000000000', '-infinity');
                CREATE FUNCTION registry.audit_head_forward_only() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'UPDATE' AND NEW.sequence > OLD.sequence THEN
                        RETURN NEW;
                    END IF;
                    RAISE EXCEPTION 'the audit head only moves forward: % refused', TG_OP
                        USING ERRCODE = 'insufficient_privilege';
                END $$;
                CREATE TRIGGER audit_head_forward_only
                    BEFORE UPDATE OR DELETE ON registry.audit_head
                    FOR EACH ROW EXECUTE FUNCTION registry.audit_head_forward_only();
                CREATE TRIGGER audit_head_no_truncate
                    BEFORE TRUNCATE ON registry.audit_head
                    FOR EACH STATEMENT EXECUTE FUNCTION registry.audit_head_forward_only();
                """);
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION registry.audit_entries_append_only() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'the audit log is append-only: % refused', TG_OP
                        USING ERRCODE = 'insufficient_privilege';
                END $$;
                CREATE TRIGGER audit_entries_append_only
                    BEFORE UPDATE OR DELETE ON registry.audit_entries
                    FOR EACH ROW EXECUTE FUNCTION registry.audit_entries_append_only();
                CREATE TRIGGER audit_entries_no_truncate
                    BEFORE TRUNCATE ON registry.audit_entries
                    FOR EACH STATEMENT EXECUTE FUNCTION registry.audit_entries_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TABLE IF EXISTS registry.audit_head;
                DROP FUNCTION IF EXISTS registry.audit_head_forward_only();
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS audit_entries_no_truncate ON registry.audit_entries;
                DROP TRIGGER IF EXISTS audit_entries_append_only ON registry.audit_entries;
                DROP FUNCTION IF EXISTS registry.audit_entries_append_only();
                """);
            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "registry");
        }
    }
}
