using System.Globalization;

namespace CoopRegistry.Benchmarks.Running;

/// <summary>
/// A process's CPU time (user and system) from /proc, for the notes' CPU per page or call: on a
/// shared machine the rate moves with the neighbours' load, the CPU a call costs much less.
/// </summary>
public static class ProcessCpu
{
    /// <summary>The process's CPU so far; zero where /proc is not there.</summary>
    public static TimeSpan Of(int pid)
    {
        var path = $"/proc/{pid}/stat";
        if (!File.Exists(path))
            return TimeSpan.Zero;
        // The fields after the command's closing parenthesis: state is the first, utime the 12th, stime the 13th.
        var stat = File.ReadAllText(path);
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        // USER_HZ is 100 on Linux.
        return TimeSpan.FromSeconds(ticks / 100.0);
    }
}
