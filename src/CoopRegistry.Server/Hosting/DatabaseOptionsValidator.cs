namespace CoopRegistry.Server.Hosting;

/// <summary>
/// Refuses at start-up a connection string the registry cannot size its pool from: unreadable,
/// without pooling (calls must queue for a pooled connection, not open one each), or a pool too
/// small for a call that holds its own connection and briefly needs a second (AdminService's client store).
/// </summary>
public sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public const int MinPoolSize = 4;

    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Registry))
            return ValidateOptionsResult.Skip; // [Required] says so
        NpgsqlConnectionStringBuilder pooled;
        try
        {
            pooled = new NpgsqlConnectionStringBuilder(RegistryDbContextOptions.PooledConnectionString(options.Registry));
        }
        catch (ArgumentException e)
        {
            return ValidateOptionsResult.Fail($"ConnectionStrings:Registry is not a valid Npgsql connection string: {e.Message}");
        }
        if (!pooled.Pooling)
            return ValidateOptionsResult.Fail("ConnectionStrings:Registry turns pooling off (Pooling=false): calls must queue for a pooled connection (docs/performance.md#connections)");
        if (pooled.MaxPoolSize < MinPoolSize)
            return ValidateOptionsResult.Fail($"ConnectionStrings:Registry's Maximum Pool Size is {pooled.MaxPoolSize}; at least {MinPoolSize} (docs/performance.md#connections)");
        return ReadOnlyReadable(options.RegistryReadOnly);
    }

    private static ValidateOptionsResult ReadOnlyReadable(string readOnly)
    {
        if (string.IsNullOrWhiteSpace(readOnly))
            return ValidateOptionsResult.Success;
        try
        {
            _ = new NpgsqlConnectionStringBuilder(readOnly);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException e)
        {
            return ValidateOptionsResult.Fail($"ConnectionStrings:RegistryReadOnly is not a valid Npgsql connection string: {e.Message}");
        }
    }
}
