namespace CoopRegistry.Data.Security;

/// <summary>
/// The PostgreSQL login roles. The schema's owner runs the migrations (DDL); the registry and the
/// token service run as <see cref="App"/>, with the data rights the migrations grant it (no DDL, the
/// audit chain append-only, row-level security). `./coop` creates both roles, as the superuser
/// (its DB_APP_ROLE is checked against <see cref="App"/> by a test).
/// </summary>
public static class DatabaseRoles
{
    public const string App = "coopregistry_app";
}
