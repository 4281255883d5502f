namespace CoopRegistry.Data.Seeding;

/// <summary>What one load changed. A second load of the same files reports nothing added or updated.</summary>
public sealed record SeedReport(int Added, int Updated, int Unchanged)
{
    public override string ToString() => $"{Added} added, {Updated} updated, {Unchanged} unchanged";
}
