using System.CommandLine;
using System.Globalization;
using CoopRegistry.Testing.Generation;

namespace CoopRegistry.Benchmarks;

/// <summary>`generate`: the national-scale dataset of issue 8, through COPY, into a migrated registry database.</summary>
public static class GenerateCommand
{
    public static Command Create()
    {
        var connection = new Option<string>("--connection") { Description = "Npgsql connection string of the registry database (its owner role)", Required = true };
        var scale = new Option<double>("--scale") { Description = "Fraction of national scale (1 = 100,000 agreements, 20,000 events, 1,000,000 commitments)", DefaultValueFactory = _ => 1.0 };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same data", DefaultValueFactory = _ => 42 };
        var command = new Command("generate", "Load the generated national dataset") { connection, scale, seed };
        command.SetAction(async (result, cancellationToken) =>
        {
            var factor = result.GetValue(scale);
            if (factor is <= 0 or > 10)
            {
                Console.Error.WriteLine("--scale must be above 0 and at most 10");
                return 2;
            }
            var size = DatasetSize.National.Scaled(factor);
            Console.WriteLine($"generating {size} with seed {result.GetValue(seed)}");
            var loaded = await NationalDataset.LoadAsync(result.GetValue(connection)!, size, result.GetValue(seed), DateTime.UtcNow,
                line => Console.WriteLine($"  {line}"), cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"loaded in {loaded.Elapsed.TotalSeconds:F0} s: {loaded.Provinces} provinces, {loaded.Agencies} agencies, {loaded.Agreements:N0} agreements, {loaded.Events:N0} events, {loaded.Commitments:N0} commitments, {loaded.ProgressReports:N0} progress reports"));
            return 0;
        });
        return command;
    }
}
