using CoopRegistry.Contracts.V1;
using Date = Google.Type.Date;

namespace CoopRegistry.Server.Tests.Directives;

/// <summary>Pagination through gRPC visits every record exactly once while others are being added (keyset page tokens).</summary>
public class DirectivePagingTests(RegistryFixture registry) : IClassFixture<RegistryFixture>
{
    private readonly DirectiveService.DirectiveServiceClient directives = new(registry.Channel);

    private async Task<string> CreateAsync(string marker, string subject) =>
        (await directives.CreateDirectiveAsync(new CreateDirectiveRequest
        {
            Directive = new Directive
            {
                Kind = DirectiveKind.Decision,
                IssueDate = new Date { Year = 2026, Month = 3, Day = 2 },
                Issuer = "agencies/vn30-ubnd",
                Subject = $"{marker} {subject}",
                Sources = { new SourceReference { Document = "test", Section = "paging" } },
            },
        })).Directive.Name;

    [Theory]
    [InlineData("subject")]
    [InlineData("subject desc")]
    [InlineData("create_time desc")]
    public async Task Every_record_is_seen_once_while_records_are_added_between_pages(string orderBy)
    {
        var marker = "p" + Guid.NewGuid().ToString("N")[..8];
        // Vietnamese letters on purpose: the cursor compares in the same collation as the order.
        var originals = new List<string>();
        foreach (var subject in new[] { "Bình", "Đông", "Dương", "Ea", "Gia", "Hà", "Kon" })
            originals.Add(await CreateAsync(marker, subject));

        var seen = new List<string>();
        var request = new ListDirectivesRequest { Filter = $"subject:\"{marker}\"", OrderBy = orderBy, PageSize = 2 };
        var added = 0;
        do
        {
            var page = await directives.ListDirectivesAsync(request);
            seen.AddRange(page.Directives.Select(d => d.Name));
            request.PageToken = page.NextPageToken;
            // New records on both sides of the cursor, between every two pages.
            await CreateAsync(marker, $"An {added}");
            await CreateAsync(marker, $"Yên {added++}");
        }
        while (request.PageToken != "");

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.All(originals, name => Assert.Contains(name, seen));
    }
}
