using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopRegistry.Data.Migrations
{
    /// <summary>
    /// Since AuditSequencedAfterCommit only registry.audit_sequence(), running as the owner, appends to
    /// the chain and moves its head; the app role keeps reading them and loses the rights to write
    /// them, so a forged entry or head cannot come from the registry's own connection.
    /// </summary>
    public partial class AuditChainWrittenByOwnerOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The SQL as written with this migration, kept as it was: a later change is a new migration.
            migrationBuilder.Sql("""
                REVOKE INSERT ON registry.audit_entries FROM coopregistry_app;
                REVOKE UPDATE ON registry.audit_head FROM coopregistry_app;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                GRANT INSERT ON registry.audit_entries TO coopregistry_app;
                GRANT UPDATE ON registry.audit_head TO coopregistry_app;
                """);
        }
    }
}
