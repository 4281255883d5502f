namespace CoopRegistry.Testing.Generation;

/// <summary>How much to generate. <see cref="National"/> is issue 8's national scale; tests use a small fraction.</summary>
public sealed record DatasetSize(int HomeProvinces, int PartnerProvinces, int Agreements, int Events, int Commitments)
{
    public static readonly DatasetSize National = new(34, 40, 100_000, 20_000, 1_000_000);

    /// <summary>The same shape with record counts scaled (provinces stay as they are).</summary>
    public DatasetSize Scaled(double factor) => this with
    {
        Agreements = Math.Max(1, (int)(Agreements * factor)),
        Events = Math.Max(1, (int)(Events * factor)),
        Commitments = Math.Max(1, (int)(Commitments * factor)),
    };
}
