namespace CoopRegistry.Server.Seeding;

/// <summary>What loading one record seed file did. A second load of the same files adds nothing.</summary>
public sealed record RecordSeedReport(string File, bool Present, int Added, int AlreadyPresent)
{
    public override string ToString() => Present ? $"{File}: {Added} added, {AlreadyPresent} already present" : $"{File}: no such file";
}
