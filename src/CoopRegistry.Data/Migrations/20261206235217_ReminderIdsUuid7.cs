using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopRegistry.Data.Migrations
{
    /// <summary>
    /// Reminder ids become UUIDv7 chosen by the writer: the identity sequence was shared by every
    /// province, so the gaps between one's own reminders counted the others'. Existing rows get
    /// random ids (they reveal nothing either); claims are ordered by create_time, not by id.
    /// </summary>
    public partial class ReminderIdsUuid7 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The SQL as written with this migration, kept as it was: a later change is a new migration.
            migrationBuilder.Sql("""
                ALTER TABLE registry.reminders ALTER COLUMN id DROP IDENTITY;
                ALTER TABLE registry.reminders ALTER COLUMN id TYPE uuid USING gen_random_uuid();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE registry.reminders DROP CONSTRAINT pk_reminders;
                ALTER TABLE registry.reminders RENAME COLUMN id TO uuid_id;
                ALTER TABLE registry.reminders ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY;
                ALTER TABLE registry.reminders DROP COLUMN uuid_id;
                ALTER TABLE registry.reminders ADD CONSTRAINT pk_reminders PRIMARY KEY (id);
                GRANT USAGE, SELECT ON SEQUENCE registry.reminders_id_seq TO coopregistry_app;
                """);
        }
    }
}
