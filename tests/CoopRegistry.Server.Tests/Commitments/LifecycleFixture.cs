using CoopRegistry.Contracts.V1;
using CoopRegistry.Domain.Access;
using CoopRegistry.Testing;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Date = Google.Type.Date;

namespace CoopRegistry.Server.Tests.Commitments;

/// <summary>A settable clock: the registry's "now" (the DI TimeProvider) is what a test says it is.</summary>
public sealed class TestClock : TimeProvider
{
    private long ticks = DateTimeOffset.UtcNow.UtcTicks;

    public DateTimeOffset Now
    {
        get => new(Interlocked.Read(ref ticks), TimeSpan.Zero);
        set => Interlocked.Exchange(ref ticks, value.UtcTicks);
    }

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>
/// The registry on a class's own database with a <see cref="TestClock"/>, and a channel per party
/// of a Gia Lai commitment: Industry and Trade leads, Finance coordinates, the People's Committee
/// approves, Foreign Affairs keeps the register.
/// </summary>
public sealed class LifecycleFixture : ClassDatabase
{
    public static readonly Caller Lead = TestCallers.Department; // vn30-so-cong-thuong, read + report
    public static readonly Caller Coordinator = new("finance", "vn30-so-tai-chinh", "VN-30", new HashSet<string> { Scopes.Read, Scopes.Report });
    public static readonly Caller Authority = new("ubnd", "vn30-ubnd", "VN-30", new HashSet<string> { Scopes.Read, Scopes.Report });
    public static readonly Caller FocalPoint = TestCallers.ForeignAffairs; // vn30-so-ngoai-vu, manage
    public static readonly Caller Partner = TestCallers.Ratanakiri;
    public static readonly Caller Auditor = TestCallers.Auditor;

    private readonly List<GrpcChannel> channels = [];
    private RegistryFactory? registry;
    private WebApplicationFactory<Program>? factory;

    public TestClock Clock { get; } = new();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        registry = new RegistryFactory(AppConnectionString);
        factory = registry.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock)));
        // The directive the commitments cite (record seeds are not in the test template).
        var directives = new DirectiveService.DirectiveServiceClient(Channel(FocalPoint));
        await directives.CreateDirectiveAsync(new CreateDirectiveRequest
        {
            DirectiveId = DirectiveId,
            Directive = new Directive
            {
                Kind = DirectiveKind.ConclusionNotice,
                IssueDate = Day(2025, 8, 29),
                Issuer = "agencies/vn30-ubnd",
                Signer = "Lê Huy Vũ",
                SignerTitle = "Phó Chánh Văn phòng UBND tỉnh",
                Subject = "Kết luận về Khu kinh tế cửa khẩu quốc tế Lệ Thanh",
            },
        });
    }

    private const string DirectiveId = "vn-30-tb-ket-luan-le-thanh";

    public override async Task DisposeAsync()
    {
        foreach (var channel in channels)
            channel.Dispose();
        if (factory is not null)
            await factory.DisposeAsync();
        if (registry is not null)
            await registry.DisposeAsync();
        await base.DisposeAsync();
    }

    public CommitmentService.CommitmentServiceClient Client(Caller caller) => new(Channel(caller));

    private GrpcChannel Channel(Caller caller)
    {
        var channel = GrpcChannel.ForAddress(factory!.Server.BaseAddress, new GrpcChannelOptions
        {
            HttpHandler = new BearerHandler(TestTokens.For(caller), new Http2ClientHandler(factory.Server.CreateHandler())),
        });
        lock (channels)
            channels.Add(channel);
        return channel;
    }

    /// <summary>A commitment from the Lệ Thanh conclusion notice, due as given, tagged so a test finds its own.</summary>
    public static Commitment Commitment(Deadline deadline, string tag, string task = "Báo cáo kết quả thông quan hàng hóa qua cửa khẩu Lệ Thanh") => new()
    {
        Source = new CommitmentSource { Record = "directives/" + DirectiveId, Section = "mục 2" },
        LeadAgency = "agencies/vn30-so-cong-thuong",
        CoordinatingAgencies = { "agencies/vn30-so-tai-chinh" },
        ApprovingAuthority = "agencies/vn30-ubnd",
        ResponsiblePerson = "Giám đốc Sở Công Thương",
        Task = task,
        Deliverable = "Báo cáo gửi UBND tỉnh",
        Deadline = deadline,
        Tags = { tag },
    };

    public static Deadline OnOrBefore(int year, int month, int day) => new() { OnOrBefore = new Date { Year = year, Month = month, Day = day } };

    public static Deadline MonthlyBefore(int day) => new() { Monthly = new MonthlyDeadline { Rule = MonthlyRule.BeforeDay, Day = day } };

    public static Date Day(int year, int month, int day) => new() { Year = year, Month = month, Day = day };

    public static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);
}
