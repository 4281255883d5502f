using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopRegistry.Data.Migrations
{
    /// <summary>
    /// progress_reports and commitment_history refuse TRUNCATE too, and the progress reports'
    /// trigger speaks of "a progress report". The audit log's migration brought these by changing the
    /// shared SQL that ProgressReports and CommitmentHistory called, so a database migrated before it
    /// never got them; since those two migrations carry their SQL as written, this one brings them
    /// to every database (CREATE OR REPLACE: nothing changes where they are already).
    /// </summary>
    public partial class NoTruncateOnHistoryTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION registry.progress_reports_append_only() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'a progress report is append-only: % refused', TG_OP
                        USING ERRCODE = 'insufficient_privilege';
                END $$;
                CREATE OR REPLACE TRIGGER progress_reports_no_truncate
                    BEFORE TRUNCATE ON registry.progress_reports
                    FOR EACH STATEMENT EXECUTE FUNCTION registry.progress_reports_append_only();
                CREATE OR REPLACE TRIGGER commitment_history_no_truncate
                    BEFORE TRUNCATE ON registry.commitment_history
                    FOR EACH STATEMENT EXECUTE FUNCTION registry.commitment_history_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS commitment_history_no_truncate ON registry.commitment_history;
                DROP TRIGGER IF EXISTS progress_reports_no_truncate ON registry.progress_reports;
                CREATE OR REPLACE FUNCTION registry.progress_reports_append_only() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'progress reports are append-only: % refused', TG_OP
                        USING ERRCODE = 'insufficient_privilege';
                END $$;
                """);
        }
    }
}
