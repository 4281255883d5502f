using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopRegistry.Data.Migrations
{
    /// <summary>
    /// The three queue tables (registry.audit_pending, registry.fulfilment_due_changes and
    /// registry.fulfilment_recurring_changes: rows appended by writes, all deleted by the next sequencer
    /// run or fold) are read whole by every run, and a seq scan reads every page, dead rows' too. After
    /// FulfilmentCells filled the cells through them, the changes tables kept 111 and 73 MB of dead
    /// rows that autovacuum had no count of, so each fold, every 5 s, read 184 MB to find a few hundred
    /// rows (105-1,665 ms a fold on the national dataset). Emptied and vacuumed here (outside the migration's
    /// transaction, which VACUUM cannot run in), and from now on by autovacuum after every 1,000 dead
    /// rows instead of a fifth of the table's estimate.
    /// </summary>
    public partial class QueueTablesKeptSmall : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var table in QueueTables)
                migrationBuilder.Sql($"ALTER TABLE {table} SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000)");
            // Emptied first, so that no live row keeps the tables' last pages: VACUUM truncates only empty trailing pages.
            migrationBuilder.Sql("SELECT registry.audit_sequence(); SELECT registry.fulfilment_fold();");
            foreach (var table in QueueTables)
                migrationBuilder.Sql($"VACUUM (TRUNCATE) {table}", suppressTransaction: true);
        }

        private static readonly string[] QueueTables =
            ["registry.audit_pending", "registry.fulfilment_due_changes", "registry.fulfilment_recurring_changes"];

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in QueueTables)
                migrationBuilder.Sql($"ALTER TABLE {table} RESET (autovacuum_vacuum_scale_factor, autovacuum_vacuum_threshold)");
        }
    }
}
