using CoopRegistry.Contracts.V1;
using CoopRegistry.Domain.Access;
using CoopRegistry.Server.Access;
using CoopRegistry.Server.Tests.Fixtures;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Health.V1;
using Xunit.Abstractions;

namespace CoopRegistry.Server.Tests.Hardening;

/// <summary>
/// Hostile input (issue 9): random and truncated protobuf bytes, invalid UTF-8 and broken gRPC
/// frames sent to every method over raw HTTP/2 with a valid token; SQL-looking, NUL-bearing and
/// very long strings in text fields, filters and searches. No answer may be INTERNAL or UNKNOWN,
/// the process must stay up and nothing may be written (the audit head counts every write).
/// </summary>
public class HostileInputTests(HardeningRegistry registry, ITestOutputHelper output) : IClassFixture<HardeningRegistry>
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

    private static string TokenFor(MethodDescriptor method) => TestTokens.For(MethodAccess.Rules[ContractMethods.Path(method)] switch
    {
        AccessAction.Admin => TestCallers.Administrator,
        AccessAction.Audit => TestCallers.Auditor,
        _ => TestCallers.ForeignAffairs,
    });

    [Fact]
    public async Task Random_truncated_and_malformed_bytes_to_every_method_never_answer_INTERNAL_and_write_nothing()
    {
        var before = await registry.AuditSequenceAsync();
        using var http = new HttpMessageInvoker(registry.Factory.Server.CreateHandler());
        var random = new Random(20260509);
        var tried = 0;
        var answers = new Dictionary<int, int>();
        var bad = new List<string>();
        foreach (var method in ContractMethods.All)
        {
            var path = ContractMethods.Path(method);
            var token = TokenFor(method);
            foreach (var (label, body) in Inputs(method.InputType, random))
            {
                int status;
                var started = DateTime.UtcNow;
                try
                {
                    status = await ContractMethods.RawAsync(http, registry.Factory.Server.BaseAddress, path, token, body);
                }
                catch (Exception e) when (e is Microsoft.AspNetCore.TestHost.HttpResetTestException or HttpRequestException
                    && method.IsServerStreaming && DateTime.UtcNow - started >= TimeSpan.FromSeconds(4.5))
                {
                    // Bytes that happen to be a valid watch request stream until the call's deadline
                    // (grpc-timeout 5S), where the server ends the stream with a reset.
                    status = (int)StatusCode.DeadlineExceeded;
                }
                catch (Exception e) when (e is HttpRequestException or IOException or Microsoft.AspNetCore.TestHost.HttpResetTestException or OperationCanceledException)
                {
                    status = -2;
                    output.WriteLine($"{path} {label}: no gRPC answer ({e.GetType().Name}: {e.Message})");
                }
                tried++;
                answers[status] = answers.GetValueOrDefault(status) + 1;
                if (status is (int)StatusCode.Internal or (int)StatusCode.Unknown or < 0)
                    bad.Add($"{path} {label}: {status}");
            }
        }
        output.WriteLine($"hostile inputs tried: {tried}; INTERNAL/UNKNOWN/non-gRPC answers: {bad.Count}");
        output.WriteLine("answers by grpc-status: " + string.Join(", ", answers.OrderBy(a => a.Key).Select(a => $"{(StatusCode)a.Key}={a.Value}")));
        Assert.True(bad.Count == 0, string.Join("\n", bad.Take(40)));
        Assert.True(tried > ContractMethods.All.Count * 20);

        var health = new Health.HealthClient(registry.Channel);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, (await health.CheckAsync(new HealthCheckRequest())).Status);
        Assert.Equal(before, await registry.AuditSequenceAsync());
    }

    /// <summary>The hostile bodies for one method, each already framed.</summary>
    private static IEnumerable<(string Label, byte[] Body)> Inputs(MessageDescriptor input, Random random)
    {
        for (var i = 0; i < 12; i++)
        {
            var bytes = new byte[random.Next(1, 300)];
            random.NextBytes(bytes);
            yield return ($"random[{bytes.Length}]", ContractMethods.Frame(bytes));
        }
        var valid = Populated(input).ToByteArray();
        for (var i = 0; i < 6 && valid.Length > 1; i++)
        {
            var cut = random.Next(1, valid.Length);
            yield return ($"truncated at {cut}/{valid.Length}", ContractMethods.Frame(valid[..cut]));
        }
        foreach (var field in input.Fields.InFieldNumberOrder().Where(f => f.FieldType == FieldType.String).Take(4))
        {
            // A length-delimited field holding bytes that are not UTF-8.
            byte[] invalid = [0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80];
            var tag = WireFormat.MakeTag(field.FieldNumber, WireFormat.WireType.LengthDelimited);
            var message = new MemoryStream();
            var writer = new CodedOutputStream(message);
            writer.WriteTag(tag);
            writer.WriteBytes(ByteString.CopyFrom(invalid));
            writer.Flush();
            yield return ($"invalid UTF-8 in {field.Name}", ContractMethods.Frame(message.ToArray()));
        }
        // Framing lies: a length longer than the body, a compressed flag without an encoding, an empty body, a nested-message bomb.
        yield return ("frame longer than its body", ContractMethods.Frame(valid, statedLength: valid.Length + 100));
        yield return ("compressed flag without grpc-encoding", ContractMethods.Frame(valid, compressed: true));
        yield return ("no frame at all", []);
        yield return ("half a frame header", [0, 0, 0]);
        yield return ("wrong wire types", ContractMethods.Frame([0x0D, 1, 2, 3, 4, 0x12, 0x7F, 0x01]));
        yield return ("negative length", ContractMethods.Frame([0x0A, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F]));
        yield return ("deep nesting", ContractMethods.Frame(Nested(200)));
    }

    /// <summary>A message with every singular text field set, so truncation cuts through real fields.</summary>
    private static IMessage Populated(MessageDescriptor descriptor)
    {
        var message = descriptor.Parser.ParseFrom(ByteString.Empty);
        foreach (var field in descriptor.Fields.InFieldNumberOrder().Where(f => !f.IsRepeated && f.RealContainingOneof is null))
        {
            if (field.FieldType == FieldType.String)
                field.Accessor.SetValue(message, "hostile 'text'");
            else if (field.FieldType == FieldType.Int32)
                field.Accessor.SetValue(message, 7);
        }
        return message;
    }

    /// <summary>Field 1 as a length-delimited message, <paramref name="depth"/> times nested.</summary>
    private static byte[] Nested(int depth)
    {
        byte[] inner = [];
        for (var i = 0; i < depth; i++)
        {
            var stream = new MemoryStream();
            var writer = new CodedOutputStream(stream);
            writer.WriteTag(1, WireFormat.WireType.LengthDelimited);
            writer.WriteBytes(ByteString.CopyFrom(inner));
            writer.Flush();
            inner = stream.ToArray();
        }
        return inner;
    }

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
            using var channel = registry.ChannelWith(TokenFor(method));
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
