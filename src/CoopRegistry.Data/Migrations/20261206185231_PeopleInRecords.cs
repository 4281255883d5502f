using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopRegistry.Data.Migrations
{
    /// <inheritdoc />
    public partial class PeopleInRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "reporter_person_id",
                schema: "registry",
                table: "progress_reports",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "completion_decided_by_person",
                schema: "registry",
                table: "commitments",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "person_id",
                schema: "registry",
                table: "audit_entries",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "recorded_by_person",
                schema: "registry",
                table: "agreement_revisions",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_person_id_sequence",
                schema: "registry",
                table: "audit_entries",
                columns: new[] { "person_id", "sequence" });

            // commitments_visible lists the table's columns as they were when it was made (VisibleViewsSql
            // says why it exists): made again to show completion_decided_by_person. The SQL as written with
            // this migration, kept as it was.
            migrationBuilder.Sql("""
                DROP VIEW IF EXISTS registry.commitments_visible;
                CREATE VIEW registry.commitments_visible AS
                    SELECT t.*, t.xmin FROM registry.commitments t
                    WHERE registry.row_visible(t.home_province_code, t.party_province_codes, t.party_agency_ids);
                GRANT SELECT ON registry.commitments_visible TO coopregistry_app;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The view reads every column of commitments: it goes first and comes back without the person.
            migrationBuilder.Sql("DROP VIEW IF EXISTS registry.commitments_visible;");

            migrationBuilder.DropIndex(
                name: "ix_audit_entries_person_id_sequence",
                schema: "registry",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "reporter_person_id",
                schema: "registry",
                table: "progress_reports");

            migrationBuilder.DropColumn(
                name: "completion_decided_by_person",
                schema: "registry",
                table: "commitments");

            migrationBuilder.DropColumn(
                name: "person_id",
                schema: "registry",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "recorded_by_person",
                schema: "registry",
                table: "agreement_revisions");

            migrationBuilder.Sql("""
                DROP VIEW IF EXISTS registry.commitments_visible;
                CREATE VIEW registry.commitments_visible AS
                    SELECT t.*, t.xmin FROM registry.commitments t
                    WHERE registry.row_visible(t.home_province_code, t.party_province_codes, t.party_agency_ids);
                GRANT SELECT ON registry.commitments_visible TO coopregistry_app;
                """);
        }
    }
}
