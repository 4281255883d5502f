using CoopRegistry.Contracts.V1;
using Google.Rpc;
using Date = Google.Type.Date;

namespace CoopRegistry.Server.Tests.Hardening;

/// <summary>
/// Issue 20: Create with a chosen id tells nothing about records one may not read. Every chosen id
/// starts with the caller's home province code (`vn-30-…`), so ids of different home provinces
/// never collide: another province's id is refused as INVALID_ARGUMENT naming the field, the same
/// answer whether or not such a record exists, and ALREADY_EXISTS only ever names one's own record.
/// </summary>
public class ChosenIdSecrecyTests(HardeningRegistry registry) : IClassFixture<HardeningRegistry>
{
    private static readonly Date Day = new() { Year = 2026, Month = 3, Day = 20 };

    public static TheoryData<string, string> Kinds => new()
    {
        { "agreement_id", "vn-09-" }, { "plan_id", "vn-09-" }, { "event_id", "vn-09-" }, { "directive_id", "vn-09-" }, { "commitment_id", "vn-09-" },
        { "agreement_id", "kh-16-" }, { "plan_id", "" }, { "event_id", "vn30-" }, { "directive_id", "vn-3-" }, { "commitment_id", "vn-300-" },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_chosen_id_outside_ones_province_is_INVALID_ARGUMENT_naming_the_field(string field, string prefix)
    {
        var id = prefix + "ngoai-tinh-" + Guid.NewGuid().ToString("N")[..8];
        var violation = await RpcAssert.InvalidFieldAsync(field, () => CreateAsync(registry.Channel, field, id));
        Assert.Contains("must start with vn-30-", violation.Description, StringComparison.Ordinal);

        // The same kind with the province's own prefix is created under that very name.
        var own = "vn-30-" + id.Replace("vn-", "x-", StringComparison.Ordinal);
        Assert.EndsWith("/" + own, await CreateAsync(registry.Channel, field, own), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("agreement_id")]
    [InlineData("directive_id")]
    public async Task Another_provinces_record_id_cannot_be_probed(string field)
    {
        var langSon = registry.ChannelFor(TestCallers.LangSonAdministrator);
        var theirs = "vn-09-bi-mat-" + Guid.NewGuid().ToString("N")[..8];
        var name = await CreateAsync(langSon, field, theirs);
        Assert.EndsWith("/" + theirs, name, StringComparison.Ordinal);
        await RpcAssert.FailsAsync(StatusCode.AlreadyExists, () => CreateAsync(langSon, field, theirs));

        // Gia Lai: the existing id and one never made get one and the same answer, and Get says NOT_FOUND.
        var existing = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => CreateAsync(registry.Channel, field, theirs));
        var missing = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, () => CreateAsync(registry.Channel, field, "vn-09-bi-mat-khong-co"));
        Assert.Equal(Violations(missing), Violations(existing));
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => GetAsync(registry.Channel, name));
    }

    [Fact]
    public async Task Ids_the_registry_chooses_start_with_the_home_province_too()
    {
        var agreement = await CreateAsync(registry.Channel, "agreement_id", "");
        Assert.Matches("^agreements/vn-30-[0-9a-f]{32}$", agreement);
        var batch = await registry.Commitments(TestCallers.ForeignAffairs).CreateCommitmentsAsync(new CreateCommitmentsRequest
        {
            Directive = registry.Directive,
            Commitments = { Commitment(registry.Directive, "vn30"), Commitment(registry.Directive, "vn30") },
        });
        Assert.All(batch.Commitments, c => Assert.Matches("^commitments/vn-30-[0-9a-f]{32}$", c.Name));
    }

    private static string[] Violations(Google.Rpc.Status status) =>
        [.. status.GetDetail<BadRequest>().FieldViolations.Select(v => $"{v.Field}: {v.Description}")];

    // Creates one record of the kind the id field names, with a valid body of the caller's province; its name.
    private async Task<string> CreateAsync(Grpc.Net.Client.GrpcChannel channel, string field, string id)
    {
        var province = channel == registry.Channel ? "vn30" : "vn09";
        return field switch
        {
            "agreement_id" => (await new AgreementService.AgreementServiceClient(channel).CreateAgreementAsync(
                new CreateAgreementRequest { Agreement = Agreement(province), AgreementId = id })).Agreement.Name,
            "plan_id" => (await new PlanService.PlanServiceClient(channel).CreatePlanAsync(
                new CreatePlanRequest { Plan = Plans.PlanRequests.Attapeu(), PlanId = id })).Plan.Name,
            "event_id" => (await new EventService.EventServiceClient(channel).CreateEventAsync(
                new CreateEventRequest { Event = Events.EventFixture.StungTrengConference(), EventId = id })).Event.Name,
            "directive_id" => (await new DirectiveService.DirectiveServiceClient(channel).CreateDirectiveAsync(
                new CreateDirectiveRequest { Directive = Directive(province), DirectiveId = id })).Directive.Name,
            "commitment_id" => (await new CommitmentService.CommitmentServiceClient(channel).CreateCommitmentAsync(
                new CreateCommitmentRequest { Commitment = Commitment(registry.Directive, province), CommitmentId = id })).Commitment.Name,
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };
    }

    private static async Task GetAsync(Grpc.Net.Client.GrpcChannel channel, string name)
    {
        if (name.StartsWith("agreements/", StringComparison.Ordinal))
            await new AgreementService.AgreementServiceClient(channel).GetAgreementAsync(new GetAgreementRequest { Name = name });
        else
            await new DirectiveService.DirectiveServiceClient(channel).GetDirectiveAsync(new GetDirectiveRequest { Name = name });
    }

    private static Agreement Agreement(string province)
    {
        var agreement = Agreements.Agreements.New("Thỏa thuận (mã chọn)", province == "vn30" ? "provinces/KH-16" : "provinces/CN-GX");
        agreement.Parties[0].Province = province == "vn30" ? "provinces/VN-30" : "provinces/VN-09";
        return agreement;
    }

    private static Directive Directive(string province) => new()
    {
        Kind = DirectiveKind.ConclusionNotice,
        IssueDate = Day,
        Issuer = $"agencies/{province}-ubnd",
        Subject = "Kết luận (mã chọn)",
    };

    private static Commitment Commitment(string directive, string province) => new()
    {
        Source = new CommitmentSource { Record = directive, Section = "mục 1" },
        LeadAgency = $"agencies/{province}-so-cong-thuong",
        Task = "Nhiệm vụ (mã chọn)",
        Deadline = new Deadline { Text = "chậm nhất ngày 30/6/2026" },
    };
}
