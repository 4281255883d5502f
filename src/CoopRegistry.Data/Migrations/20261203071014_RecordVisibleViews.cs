using CoopRegistry.Data.Security;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopRegistry.Data.Migrations
{
    /// <inheritdoc />
    public partial class RecordVisibleViews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The records' read path: views of the visible rows (VisibleViewsSql says why).
            migrationBuilder.Sql(VisibleViewsSql.CreateSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(VisibleViewsSql.DropSql);
        }
    }
}
