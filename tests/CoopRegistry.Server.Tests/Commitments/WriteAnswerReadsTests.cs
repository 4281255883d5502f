using System.Diagnostics;

namespace CoopRegistry.Server.Tests.Commitments;

/// <summary>
/// A write's answer is pruned of the references its caller may not see (UnseenReferences); the
/// records the write itself found among its references, read through the same visible views in
/// the same call, are not read again for it (issue 19: one statement fewer a create).
/// </summary>
public class WriteAnswerReadsTests(CommitmentRegistry registry) : IClassFixture<CommitmentRegistry>
{
    [Fact]
    public async Task A_create_answers_its_source_without_reading_it_a_second_time()
    {
        var reads = new List<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                // This class's database only: other classes run their registries meanwhile.
                if (activity.GetTagItem("db.namespace") as string == registry.Name && activity.GetTagItem("db.query.text") is string text
                    && text.Contains("directives_visible", StringComparison.Ordinal))
                    lock (reads)
                        reads.Add(text);
            },
        };
        ActivitySource.AddActivityListener(listener);

        var created = await registry.CreateAsync(registry.Complete("Nhiệm vụ trả lời không đọc lại nguồn"));

        Assert.Equal(registry.Directive, created.Source.Record);
        lock (reads)
            Assert.Single(reads);
    }
}
