using CoopRegistry.Domain.Access;
using CoopRegistry.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace CoopRegistry.Server.Tests.Fixtures;

/// <summary>
/// The registry in process on a cloned database that also has the token service's identity schema,
/// with the people of <see cref="TestCallers"/> stored: once the registry knows the people, it
/// serves only people it knows.
/// </summary>
public sealed class IdentityStoreFixture : RegistryFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using (var db = new IdentityDbContext(new DbContextOptionsBuilder<IdentityDbContext>().UseIdentityDatabase(ConnectionString).Options))
            await db.Database.MigrateAsync();
        foreach (var person in TestCallers.People)
            await StorePersonAsync(person);
    }

    /// <summary>
    /// Stores <paramref name="caller"/>'s person as the token service would have (no stamp, like
    /// their test token), so the registry, which refuses persons it does not know, serves them.
    /// </summary>
    public async Task StorePersonAsync(Caller caller)
    {
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("""
            insert into identity.people (id, user_name, normalized_user_name, display_name, agency, province, disabled, development_account,
                email_confirmed, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count)
            values (@id, @id, upper(@id), @name, 'agencies/' || @agency, @province, false, false, false, false, false, true, 0)
            on conflict (id) do nothing
            """, connection);
        command.Parameters.AddWithValue("id", caller.PersonId!);
        command.Parameters.AddWithValue("name", caller.PersonName ?? caller.PersonId!);
        command.Parameters.AddWithValue("agency", caller.AgencyId);
        command.Parameters.AddWithValue("province", caller.ProvinceCode);
        await command.ExecuteNonQueryAsync();
    }

}
