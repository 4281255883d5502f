using CoopRegistry.Contracts.V1;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Xunit.Abstractions;

namespace CoopRegistry.Server.Tests.Hardening;

/// <summary>SQL-looking, NUL-bearing and very long strings in text fields, filters, searches, orderings and page tokens: stored verbatim or refused, never executed; the tables stand after.</summary>
public class SqlLookingInputTests(HardeningRegistry registry, ITestOutputHelper output) : IClassFixture<HardeningRegistry>
{
    /// <summary>Strings that would do harm if they were pasted into SQL or LIKE patterns instead of bound.</summary>
    public static readonly string[] SqlLooking =
    [
        "'; DROP TABLE registry.agreements; --",
        "\"; DROP TABLE registry.agreements; --",
        "x' OR '1'='1",
        "%_\\",
        "100% _done_ \\' \\\" $$ $1 ::text",
        "Robert'); DELETE FROM registry.commitments WHERE ('a'='a",
        "ʼ; SELECT pg_sleep(10); --",
        "\\x00 \\u0000 E'\\\\'",
        "Thông quan ' \" ` ; -- /* */",
    ];

    [Fact]
    public async Task SQL_looking_strings_in_every_commitment_text_field_are_stored_verbatim_or_refused_never_executed()
    {
        var tried = 0;
        foreach (var text in SqlLooking)
        {
            var commitment = registry.Complete(text);
            commitment.Description = text;
            commitment.Deliverable = text;
            commitment.ResponsiblePerson = text;
            commitment.Tags.Add(text);
            commitment.Source.Section = text;
            commitment.Sources.Add(new SourceReference { Document = text, Section = text });
            var created = await registry.CreateAsync(commitment);
            tried += 7;
            var read = (await registry.Commitments(TestCallers.ForeignAffairs).GetCommitmentAsync(new GetCommitmentRequest { Name = created.Name })).Commitment;
            foreach (var stored in new[] { read.Task, read.Description, read.Deliverable, read.ResponsiblePerson, read.Tags.Single(), read.Source.Section, read.Sources.Single().Document })
                Assert.Equal(text, stored);
        }
        foreach (var text in new[] { "NUL\0inside", new string('x', 2001) })
        {
            tried++;
            await RpcAssert.InvalidFieldAsync("commitment.task", async () => await registry.CreateAsync(registry.Complete(text)));
        }
        // A deadline phrase is parsed, not stored as given: hostile ones are refused naming deadline.text (an emoji once crashed the parser).
        foreach (var text in SqlLooking.Append("chậm nhất ngày 30/6/2026 🙂").Append(new string('9', 501)))
        {
            tried++;
            var commitment = registry.Complete();
            commitment.Deadline = new Deadline { Text = text };
            await RpcAssert.InvalidFieldAsync("commitment.deadline.text", async () => await registry.CreateAsync(commitment));
        }
        var emoji = registry.Complete("Ký kết 🙂");
        emoji.Deadline = new Deadline { Text = "sau khi ký kết 🙂" };
        Assert.Equal("ký kết 🙂", (await registry.CreateAsync(emoji)).Deadline.AfterEvent);
        tried++;
        // The same in a directive's and an agreement's text fields.
        var directives = new DirectiveService.DirectiveServiceClient(registry.Channel);
        var agreements = new AgreementService.AgreementServiceClient(registry.Channel);
        foreach (var text in SqlLooking)
        {
            var directive = (await directives.CreateDirectiveAsync(new CreateDirectiveRequest
            {
                Directive = new Directive
                {
                    Kind = DirectiveKind.ConclusionNotice,
                    IssueDate = new Google.Type.Date { Year = 2025, Month = 9, Day = 1 },
                    Issuer = "agencies/vn30-ubnd",
                    Subject = text,
                    Summary = text,
                    Signer = text,
                    SignerTitle = text,
                },
            })).Directive;
            var readDirective = (await directives.GetDirectiveAsync(new GetDirectiveRequest { Name = directive.Name })).Directive;
            foreach (var stored in new[] { readDirective.Subject, readDirective.Summary, readDirective.Signer, readDirective.SignerTitle })
                Assert.Equal(text, stored);
            var agreement = Agreements.Agreements.New(text);
            agreement.Summary = text;
            agreement.SigningPlace = text;
            agreement.LegalBasis = text;
            var created = (await agreements.CreateAgreementAsync(new CreateAgreementRequest { Agreement = agreement })).Agreement;
            var readAgreement = (await agreements.GetAgreementAsync(new GetAgreementRequest { Name = created.Name })).Agreement;
            foreach (var stored in new[] { readAgreement.Title, readAgreement.Summary, readAgreement.SigningPlace, readAgreement.LegalBasis })
                Assert.Equal(text, stored);
            tried += 8;
        }
        output.WriteLine($"SQL-looking/NUL/long strings in commitment, deadline, directive and agreement fields: {tried}");
        await AssertTablesStandAsync();
    }

    [Fact]
    public async Task SQL_looking_strings_as_filters_searches_orderings_and_tokens_of_every_list_method_are_refused_or_matched_never_executed()
    {
        var tried = 0;
        var answers = new Dictionary<StatusCode, int>();
        var values = SqlLooking.SelectMany(s => new[] { s, $"\"{s.Replace("\"", "", StringComparison.Ordinal)}\"", $"title = \"{s.Replace("\"", "", StringComparison.Ordinal)}\"" })
            .Append("NUL\0").Append(new string('\'', 5000)).ToList();
        foreach (var method in ContractMethods.All.Where(m => !m.IsServerStreaming && (m.InputType.FindFieldByName("filter") is not null || m.InputType.FindFieldByName("order_by") is not null)))
        {
            using var channel = registry.ChannelWith(ContractMethods.TokenFor(method));
            foreach (var field in new[] { "filter", "order_by", "page_token" }.Select(method.InputType.FindFieldByName).OfType<FieldDescriptor>())
                foreach (var value in values)
                {
                    var request = method.InputType.Parser.ParseFrom(ByteString.Empty);
                    field.Accessor.SetValue(request, value);
                    if (method.InputType.FindFieldByName("within_days") is { } days)
                        days.Accessor.SetValue(request, 30);
                    var (status, _, _) = await ContractMethods.CallAsync(channel, method, request, TimeSpan.FromSeconds(20));
                    tried++;
                    answers[status] = answers.GetValueOrDefault(status) + 1;
                    Assert.True(status is StatusCode.OK or StatusCode.InvalidArgument, $"{ContractMethods.Path(method)} {field.Name}={value[..Math.Min(60, value.Length)]}: {status}");
                }
        }
        output.WriteLine($"hostile filters/orderings/tokens tried: {tried}; " + string.Join(", ", answers.Select(a => $"{a.Key}={a.Value}")));
        Assert.True(tried > 100);
        await AssertTablesStandAsync();
    }

    private async Task AssertTablesStandAsync()
    {
        foreach (var table in new[] { "registry.agreements", "registry.commitments", "registry.audit_entries" })
            Assert.Equal(table, (await registry.ScalarAsync($"SELECT to_regclass('{table}')::text"))?.ToString());
        var agreements = new AgreementService.AgreementServiceClient(registry.Channel);
        await agreements.ListAgreementsAsync(new ListAgreementsRequest());
    }
}
