namespace CoopRegistry.Domain.Deadlines;

/// <summary>Dates and quarters written the way the documents write them.</summary>
public static class VietnameseDates
{
    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    /// <summary>dd/m/yyyy, as in "05/9/2025" and "30/6/2026".</summary>
    public static string Format(DateOnly date) => $"{date.Day:00}/{date.Month}/{date.Year}";

    public static string Quarter(int quarter) => Roman[quarter - 1];

    /// <summary>"I".."IV" or "1".."4"; 0 when neither.</summary>
    public static int ParseQuarter(string text) => text.ToUpperInvariant() switch
    {
        "I" or "1" => 1,
        "II" or "2" => 2,
        "III" or "3" => 3,
        "IV" or "4" => 4,
        _ => 0,
    };
}
