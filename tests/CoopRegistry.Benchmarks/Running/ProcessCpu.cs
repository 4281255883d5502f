using System.Globalization;
using Npgsql;

namespace CoopRegistry.Benchmarks.Running;

/// <summary>
/// CPU time spent so far, from /proc: by the registry process, and by the benchmark cluster's
/// PostgreSQL (its postmaster, every process it started that is still running, and those that
/// have exited, whose time the postmaster collected when it reaped them: a backend or autovacuum
/// worker ending between two readings would otherwise take its CPU out of the sum). A scenario
/// reads both before and after its measured seconds, so it can say what one call cost each side,
/// which a shared machine's load moves less than a rate.
/// </summary>
public sealed record ProcessCpu(TimeSpan Registry, TimeSpan Postgres)
{
    private const double TicksPerSecond = 100; // USER_HZ, the unit of /proc/<pid>/stat's times on Linux

    public static async Task<ProcessCpu> ReadAsync(BenchTarget target, CancellationToken cancellationToken)
    {
        var postmaster = await PostmasterAsync(target.Database, cancellationToken);
        var postgres = Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? Stat(pid) : null)
            .Where(s => s is not null && (s.Value.Pid == postmaster || s.Value.Parent == postmaster))
            .Sum(s => s!.Value.Seconds + (s.Value.Pid == postmaster ? s.Value.ReapedSeconds : 0));
        return new ProcessCpu(Of(target.RegistryPid), TimeSpan.FromSeconds(postgres));
    }

    /// <summary>One process's CPU so far (user and system); zero where /proc does not have it.</summary>
    public static TimeSpan Of(int pid) => TimeSpan.FromSeconds(Stat(pid)?.Seconds ?? 0);

    /// <summary>What each side spent per call between <paramref name="before"/> and this reading, in milliseconds.</summary>
    public string PerCall(ProcessCpu before, int calls) => string.Create(CultureInfo.InvariantCulture,
        $"CPU per call: registry {(Registry - before.Registry).TotalMilliseconds / calls:0.00} ms, PostgreSQL {(Postgres - before.Postgres).TotalMilliseconds / calls:0.00} ms");

    /// <summary>The postmaster is the parent of the backend serving a connection of ours.</summary>
    private static async Task<int> PostmasterAsync(PostgresTarget database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection($"Host={database.Host};Port={database.Port};Username={database.User};Database={database.Database};Pooling=false");
        await connection.OpenAsync(cancellationToken);
        return Stat(connection.ProcessID)?.Parent ?? throw new InvalidOperationException("the benchmark's PostgreSQL backend is not on this machine");
    }

    private static (int Pid, int Parent, double Seconds, double ReapedSeconds)? Stat(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null; // gone meanwhile
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
        // After the command name (in parentheses, which may hold spaces): state, ppid, … utime (14th
        // field), stime (15th), then cutime and cstime (16th, 17th: its reaped children's).
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        long Ticks(int field) => long.Parse(fields[field], CultureInfo.InvariantCulture);
        return (pid, int.Parse(fields[1], CultureInfo.InvariantCulture), (Ticks(11) + Ticks(12)) / TicksPerSecond, (Ticks(13) + Ticks(14)) / TicksPerSecond);
    }
}
