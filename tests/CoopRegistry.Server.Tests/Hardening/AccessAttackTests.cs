using CoopRegistry.Contracts.V1;
using CoopRegistry.Domain.Access;
using CoopRegistry.Server.Access;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CoopRegistry.Server.Tests.Hardening;

/// <summary>
/// Access under attack (issue 9), for every method of the contract: a partner reaching for other
/// provinces' records, a reporting department reaching for other agencies' commitments, an
/// auditor trying writes, a disabled client and an expired token. All are refused, an
/// out-of-reach record answers exactly as a missing one (its existence is not revealed), nothing
/// is written, and each refused attempt is logged with the method.
/// </summary>
public class AccessAttackTests(HardeningRegistry registry, ITestOutputHelper output) : IClassFixture<HardeningRegistry>
{
    private static readonly Caller Disabled = TestCallers.ForeignAffairs with { ClientId = "disabled-dofa" };

    private static readonly HashSet<AccessAction> Writes = [AccessAction.Manage, AccessAction.Report, AccessAction.Admin];

    /// <summary>Records of Gia Lai that Ratanakiri is not party to, by service; and a commitment the Department does not lead or coordinate.</summary>
    private sealed record Targets(Dictionary<string, string> OutOfReach, string OtherAgencysCommitment);

    private Targets? targets;

    private async Task<Targets> TargetsAsync()
    {
        if (targets is not null)
            return targets;
        var agreement = (await new AgreementService.AgreementServiceClient(registry.Channel).CreateAgreementAsync(new CreateAgreementRequest
        {
            Agreement = Agreements.Agreements.New("Thỏa thuận Gia Lai – Attapeu (ngoài tầm Ratanakiri)", "provinces/LA-AT"),
            RequestId = Guid.NewGuid().ToString(),
        })).Agreement.Name;
        var commitment = (await registry.CreateAsync(registry.Complete("Cam kết chỉ của Gia Lai"))).Name;
        var other = registry.Complete("Cam kết của Sở Tài chính");
        other.LeadAgency = "agencies/vn30-so-tai-chinh";
        other.CoordinatingAgencies.Clear();
        other.CoordinatingAgencies.Add("agencies/vn30-so-ngoai-vu");
        var othersCommitment = (await registry.CreateAsync(other)).Name;
        return targets = new Targets(new Dictionary<string, string>
        {
            ["AgreementService"] = agreement,
            ["CommitmentService"] = commitment,
            ["DirectiveService"] = registry.Directive,
        }, othersCommitment);
    }

    private static string ServiceName(MethodDescriptor method) => method.Service.Name;

    private static AccessAction Action(MethodDescriptor method) => MethodAccess.Rules[ContractMethods.Path(method)];

    private static bool Names(MethodDescriptor method) =>
        method.InputType.FindFieldByName("name") is { FieldType: FieldType.String } || method.InputType.FindFieldByName("parent") is { FieldType: FieldType.String }
        || method.InputType.Fields.InFieldNumberOrder().Any(f => f.FieldType == FieldType.Message && f.MessageType.FindFieldByName("name") is { FieldType: FieldType.String } && method.Name.StartsWith("Update", StringComparison.Ordinal));

    /// <summary>A request aimed at <paramref name="target"/>: its name or parent, a request id, reasons and (for updates) one masked field.</summary>
    private static IMessage Aimed(MethodDescriptor method, string target)
    {
        var request = method.InputType.Parser.ParseFrom(ByteString.Empty);
        foreach (var field in method.InputType.Fields.InFieldNumberOrder().Where(f => !f.IsRepeated && f.RealContainingOneof is null))
        {
            if (field.FieldType == FieldType.String)
            {
                if (field.Name is "name" or "parent")
                    field.Accessor.SetValue(request, target);
                else if (field.Name == "request_id")
                    field.Accessor.SetValue(request, Guid.NewGuid().ToString());
                else if (field.Name.EndsWith("reason", StringComparison.Ordinal))
                    field.Accessor.SetValue(request, "thử tấn công");
            }
            else if (field.FieldType == FieldType.Message && field.MessageType.FindFieldByName("name") is { FieldType: FieldType.String } name
                && method.Name.StartsWith("Update", StringComparison.Ordinal))
            {
                var record = field.MessageType.Parser.ParseFrom(ByteString.Empty);
                name.Accessor.SetValue(record, target);
                var text = field.MessageType.Fields.InFieldNumberOrder().First(f => f.FieldType == FieldType.String && !f.IsRepeated && f.Name is not ("name" or "etag"));
                text.Accessor.SetValue(record, "bị sửa trái phép");
                field.Accessor.SetValue(request, record);
                if (method.InputType.FindFieldByName("update_mask") is { } mask)
                    mask.Accessor.SetValue(request, new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { text.Name } });
            }
            else if (field.Name == "report" && field.MessageType == ProgressReport.Descriptor)
                field.Accessor.SetValue(request, new ProgressReport { Narrative = "báo cáo trái phép", PercentComplete = 50 });
        }
        return request;
    }

    /// <summary>Calls and checks the refusal was logged with the method.</summary>
    private async Task<StatusCode> AttemptAsync(Caller caller, MethodDescriptor method, IMessage request, string? token = null)
    {
        var logged = registry.Logs.Lines.Count;
        using var channel = registry.ChannelWith(token ?? TestTokens.For(caller));
        var (status, responses, _) = await ContractMethods.CallAsync(channel, method, request);
        if (status != StatusCode.OK)
            Assert.Contains(registry.Logs.Lines.Skip(logged), l => l.Message.Contains("Refused", StringComparison.Ordinal) && l.Message.Contains(ContractMethods.Path(method), StringComparison.Ordinal));
        return status;
    }

    [Fact]
    public async Task A_partner_reaching_for_other_provinces_records_gets_the_answer_a_missing_record_gets()
    {
        var (outOfReach, _) = await TargetsAsync();
        var before = await registry.AuditSequenceAsync();
        var tried = 0;
        var answers = new Dictionary<StatusCode, int>();
        foreach (var method in ContractMethods.All.Where(m => outOfReach.ContainsKey(ServiceName(m)) && Names(m) && !m.IsServerStreaming))
        {
            var target = outOfReach[ServiceName(method)];
            var missing = target[..(target.IndexOf('/') + 1)] + "khong-ton-tai";
            var existing = await AttemptAsync(TestCallers.Ratanakiri, method, Aimed(method, target));
            var absent = await AttemptAsync(TestCallers.Ratanakiri, method, Aimed(method, missing));
            tried += 2;
            Assert.True(existing != StatusCode.OK, $"{method.FullName} let Ratanakiri act on {target}");
            Assert.True(existing == absent, $"{method.FullName}: {existing} for {target} but {absent} for a missing record reveals it exists");
            answers[existing] = answers.GetValueOrDefault(existing) + 1;
        }
        // Lists and searches leave the out-of-reach records out.
        foreach (var method in ContractMethods.All.Where(m => m.InputType.FindFieldByName("page_size") is not null && m.InputType.FindFieldByName("parent") is null))
        {
            var request = method.InputType.Parser.ParseFrom(ByteString.Empty);
            if (method.InputType.FindFieldByName("within_days") is { } days)
                days.Accessor.SetValue(request, 366);
            using var channel = registry.ChannelFor(TestCallers.Ratanakiri);
            var (status, responses, _) = await ContractMethods.CallAsync(channel, method, request);
            tried++;
            foreach (var name in outOfReach.Values)
                Assert.DoesNotContain(name, string.Concat(responses.Select(r => System.Text.Encoding.UTF8.GetString(r))));
            Assert.True(status is StatusCode.OK or StatusCode.PermissionDenied, $"{method.FullName}: {status}");
        }
        output.WriteLine($"partner attempts: {tried}; on out-of-reach records, answered as for missing ones: " + string.Join(", ", answers.Select(a => $"{a.Key}={a.Value}")));
        Assert.True(tried > 20);
        Assert.Equal(before, await registry.AuditSequenceAsync());
    }

    [Fact]
    public async Task A_reporting_department_cannot_report_on_or_change_another_agencys_commitment()
    {
        var (_, commitment) = await TargetsAsync();
        var before = await registry.AuditSequenceAsync();
        var tried = 0;
        foreach (var method in ContractMethods.All.Where(m => ServiceName(m) == "CommitmentService" && Names(m) && Writes.Contains(Action(m))))
        {
            var status = await AttemptAsync(TestCallers.Department, method, Aimed(method, commitment));
            tried++;
            Assert.True(status is StatusCode.PermissionDenied or StatusCode.FailedPrecondition, $"{method.FullName}: {status}");
        }
        output.WriteLine($"report-client attempts on another agency's commitment: {tried}");
        Assert.True(tried >= 5, $"{tried} attempts");
        Assert.Equal(before, await registry.AuditSequenceAsync());
    }

    [Fact]
    public async Task An_auditor_can_write_nothing()
    {
        var (outOfReach, commitment) = await TargetsAsync();
        var before = await registry.AuditSequenceAsync();
        var tried = 0;
        foreach (var method in ContractMethods.All.Where(m => Writes.Contains(Action(m))))
        {
            var target = outOfReach.GetValueOrDefault(ServiceName(method), commitment);
            Assert.Equal(StatusCode.PermissionDenied, await AttemptAsync(TestCallers.Auditor, method, Aimed(method, target)));
            tried++;
        }
        output.WriteLine($"auditor write attempts: {tried}");
        Assert.True(tried > 20);
        Assert.Equal(before, await registry.AuditSequenceAsync());
    }

    [Fact]
    public async Task A_disabled_client_and_an_expired_token_are_refused_by_every_method()
    {
        var (outOfReach, commitment) = await TargetsAsync();
        var before = await registry.AuditSequenceAsync();
        registry.Factory.Services.GetRequiredService<ClientStatus>().ReplaceDisabledClients(new HashSet<string> { Disabled.ClientId });
        var expired = TestTokens.For(TestCallers.ForeignAffairs, lifetime: TimeSpan.FromMinutes(-10));
        var tried = 0;
        foreach (var method in ContractMethods.All)
        {
            var request = Aimed(method, outOfReach.GetValueOrDefault(ServiceName(method), commitment));
            Assert.Equal(StatusCode.Unauthenticated, await AttemptAsync(Disabled, method, request));
            Assert.Equal(StatusCode.Unauthenticated, await AttemptAsync(TestCallers.ForeignAffairs, method, request, expired));
            tried += 2;
        }
        output.WriteLine($"disabled-client and expired-token attempts: {tried}");
        Assert.Equal(before, await registry.AuditSequenceAsync());
        // The same client, enabled again, is served.
        registry.Factory.Services.GetRequiredService<ClientStatus>().ReplaceDisabledClients(new HashSet<string>());
        await registry.Commitments(Disabled).GetCommitmentAsync(new GetCommitmentRequest { Name = commitment });
    }
}
