using System.Reflection;

namespace CoopRegistry.Identity.Tests;

/// <summary>The shared hosting library keeps the token service free of the registry's gRPC stack.</summary>
public class LayeringTests
{
    [Fact]
    public void The_token_service_references_no_grpc_or_protobuf_assembly()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<Assembly>([typeof(Program).Assembly]);
        while (pending.TryDequeue(out var assembly))
        {
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                // The framework's own assemblies reference no package; ours and the packages' are followed.
                if (seen.Add(reference.Name!) && !IsFramework(reference.Name!))
                    pending.Enqueue(Assembly.Load(reference));
            }
        }
        Assert.Contains("CoopRegistry.Hosting", seen);
        Assert.DoesNotContain(seen, name => name.StartsWith("Grpc", StringComparison.Ordinal) || name.StartsWith("Google.", StringComparison.Ordinal));
    }

    private static bool IsFramework(string name) =>
        name.StartsWith("System", StringComparison.Ordinal) || name.StartsWith("Microsoft.", StringComparison.Ordinal)
        || name is "netstandard" or "mscorlib";
}
