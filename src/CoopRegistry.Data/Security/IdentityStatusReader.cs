namespace CoopRegistry.Data.Security;

/// <summary>
/// Reads the token service's clients and people from the registry database (schema identity, which
/// the token service migrates and writes): whether each is disabled and the stamp it holds, as
/// stored. What a stamp means, and what to do with a disabled one, is the caller's business.
/// </summary>
/// <param name="connectionString">The registry's pooled connection string (<see cref="RegistryDbContextOptions.PooledConnectionString"/>).</param>
public sealed class IdentityStatusReader(string connectionString)
{
    private const string ClientsQuery = """
        select client_id, coalesce(properties::jsonb ->> 'disabled' = 'true', false), coalesce(properties::jsonb ->> 'stamp', '')
        from identity.applications where client_id is not null
        """;

    private const string PeopleQuery = "select id, disabled, security_stamp from identity.people";

    /// <summary>A client or person as stored: its stamp is null where none was ever set.</summary>
    public sealed record Subject(bool Disabled, string? Stamp);

    /// <param name="People">Null for a store migrated before people existed (no identity.people).</param>
    public sealed record Subjects(IReadOnlyDictionary<string, Subject> Clients, IReadOnlyDictionary<string, Subject>? People);

    /// <summary>Every client and person, or null when the database has no identity schema (the token service never migrated it).</summary>
    public async Task<Subjects?> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            var clients = await ReadAsync(connection, ClientsQuery, cancellationToken);
            var people = await HasPeopleAsync(connection, cancellationToken) ? await ReadAsync(connection, PeopleQuery, cancellationToken) : null;
            return new Subjects(clients, people);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.InvalidSchemaName)
        {
            return null;
        }
    }

    private static async Task<bool> HasPeopleAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var probe = new NpgsqlCommand("select to_regclass('identity.people') is not null", connection);
        return (bool)(await probe.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<Dictionary<string, Subject>> ReadAsync(NpgsqlConnection connection, string query, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(query, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var subjects = new Dictionary<string, Subject>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
            subjects[reader.GetString(0)] = new(reader.GetBoolean(1), reader.IsDBNull(2) ? null : reader.GetString(2));
        return subjects;
    }
}
