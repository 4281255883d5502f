namespace CoopRegistry.Data.Audit;

/// <summary>
/// Who is changing the registry and through which method, for the audit entries of the writes in
/// the current call: the client, and the person when one signed in. Set per gRPC call (and for
/// seeding); flows with the async call.
/// </summary>
public sealed record AuditActor(string ClientId, string? AgencyId, string Method, Guid? RequestId = null, string? PersonId = null)
{
    private static readonly AmbientValue<AuditActor> Ambient = new();

    /// <summary>Writes with no caller (maintenance run by the process itself).</summary>
    public static readonly AuditActor System = new("system", null, "system");

    /// <summary>Records loaded from seeds/ by `migrate`.</summary>
    public static readonly AuditActor Seed = new("seed", null, "seed");

    public static AuditActor Current => Ambient.Value ?? System;

    /// <summary>Makes <paramref name="actor"/> current until the returned scope is disposed.</summary>
    public static IDisposable Use(AuditActor actor) => Ambient.Use(actor);
}
