using CoopRegistry.Identity.Data;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopRegistry.Identity.Migrations
{
    /// <inheritdoc />
    public partial class AppRole : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(IdentityAppRoleSql.EnsureRoleSql);
            migrationBuilder.Sql(IdentityAppRoleSql.GrantSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(IdentityAppRoleSql.RevokeSql);
        }
    }
}
