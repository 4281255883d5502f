namespace CoopRegistry.Identity.Clients;

/// <summary>What one sync of the development clients changed. A second sync of the same file reports nothing created or updated.</summary>
public sealed record SyncReport(int Created, int Updated, int Unchanged)
{
    public override string ToString() => $"{Created} created, {Updated} updated, {Unchanged} unchanged";
}
