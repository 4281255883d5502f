using CoopRegistry.Contracts.V1;
using CoopRegistry.Testing;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using Date = Google.Type.Date;

namespace CoopRegistry.Server.Tests.Commitments;

/// <summary>A clock the tests set: the registry's "now" (state, overdue) is whatever they say.</summary>
public sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>
/// The registry on its own database with a settable clock (12 May 2026, 10:00 local), and the
/// source records commitments cite: a directive of Gia Lai's People's Committee.
/// </summary>
public sealed class CommitmentRegistry : ClassDatabase
{
    public static readonly DateTimeOffset Start = new(2026, 5, 12, 3, 0, 0, TimeSpan.Zero);

    public SettableClock Clock { get; } = new(Start);

    public RegistryFactory Factory { get; private set; } = null!;

    public GrpcChannel Channel { get; private set; } = null!;

    /// <summary>`directives/{id}` of the directive the commitments cite.</summary>
    public string Directive { get; private set; } = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Factory = new RegistryFactory(AppConnectionString, services: services => services.AddSingleton<TimeProvider>(Clock));
        Channel = ChannelWith(TestTokens.For(TestCallers.ForeignAffairs));
        var directives = new DirectiveService.DirectiveServiceClient(Channel);
        Directive = (await directives.CreateDirectiveAsync(new CreateDirectiveRequest
        {
            DirectiveId = "vn-30-tb-le-thanh",
            Directive = new Directive
            {
                Kind = DirectiveKind.ConclusionNotice,
                IssueDate = new Date { Year = 2025, Month = 8, Day = 29 },
                Issuer = "agencies/vn30-ubnd",
                Signer = "Lê Huy Vũ",
                SignerTitle = "Phó Chánh Văn phòng UBND tỉnh",
                Subject = "Kết luận về Khu kinh tế cửa khẩu quốc tế Lệ Thanh",
                Summary = "Nhiệm vụ cho các sở, ngành",
            },
        })).Directive.Name;
    }

    public override async Task DisposeAsync()
    {
        Channel.Dispose();
        await Factory.DisposeAsync();
        await base.DisposeAsync();
    }

    public GrpcChannel ChannelWith(string? token) => RegistryFixture.ChannelTo(Factory, token);

    public CommitmentService.CommitmentServiceClient Client(Domain.Access.Caller caller) => new(ChannelWith(TestTokens.For(caller)));

    public CommitmentService.CommitmentServiceClient Commitments => new(Channel);

    /// <summary>A complete commitment from the directive: Industry and Trade leads, due no later than 30/6/2026.</summary>
    public Commitment Complete(string task = "Tổ chức hội nghị xúc tiến đầu tư tại Stung Treng") => new()
    {
        Source = new CommitmentSource { Record = Directive, Section = "mục 2" },
        LeadAgency = "agencies/vn30-so-cong-thuong",
        CoordinatingAgencies = { "agencies/vn30-so-tai-chinh" },
        ResponsiblePerson = "Giám đốc Sở Công Thương",
        Task = task,
        Deliverable = "Báo cáo kết quả gửi UBND tỉnh",
        Deadline = new Deadline { OnOrBefore = new Date { Year = 2026, Month = 6, Day = 30 } },
        ApprovingAuthority = "agencies/vn30-ubnd",
    };

    public async Task<Commitment> CreateAsync(Commitment commitment) =>
        (await Commitments.CreateCommitmentAsync(new CreateCommitmentRequest { Commitment = commitment, RequestId = Guid.NewGuid().ToString() })).Commitment;
}
