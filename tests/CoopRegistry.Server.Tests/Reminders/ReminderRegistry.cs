using CoopRegistry.Contracts.V1;
using CoopRegistry.Domain.Calendar;
using CoopRegistry.Server.Reminders;
using CoopRegistry.Server.Tests.Commitments;
using CoopRegistry.Testing;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Date = Google.Type.Date;

namespace CoopRegistry.Server.Tests.Reminders;

/// <summary>
/// A database, a test mail server and registry processes (in process, as many as a test starts)
/// sharing one settable clock, with reminders on. Contacts are set the way an administrator sets
/// them; a source directive is created for the commitments.
/// </summary>
public sealed class ReminderRegistry : ClassDatabase
{
    public const string Industry = "congthuong@gialai.example.invalid", Finance = "taichinh@gialai.example.invalid", ForeignAffairs = "songoaivu@gialai.example.invalid";

    public SettableClock Clock { get; } = new(DateTimeOffset.UtcNow);

    public TestMailServer Mail { get; } = new();

    public string Directive { get; private set; } = "";

    private readonly List<RegistryFactory> hosts = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Mail.StartAsync();
        var host = Host();
        using var admin = Channel(host, TestCallers.Administrator);
        var agencies = new AdminService.AdminServiceClient(admin);
        foreach (var (agency, email) in new[] { ("vn30-so-cong-thuong", Industry), ("vn30-so-tai-chinh", Finance), ("vn30-so-ngoai-vu", ForeignAffairs) })
            await agencies.SetAgencyContactsAsync(new SetAgencyContactsRequest { Agency = $"agencies/{agency}", ContactEmails = { email } });
        using var manager = Channel(host, TestCallers.ForeignAffairs);
        Directive = (await new DirectiveService.DirectiveServiceClient(manager).CreateDirectiveAsync(new CreateDirectiveRequest
        {
            DirectiveId = "vn-30-nhac-han",
            Directive = new Directive
            {
                Kind = DirectiveKind.ConclusionNotice,
                IssueDate = new Date { Year = 2026, Month = 3, Day = 20 },
                Issuer = "agencies/vn30-ubnd",
                Subject = "Kết luận giao nhiệm vụ (kiểm thử nhắc hạn)",
            },
        })).Directive.Name;
    }

    /// <summary>
    /// A registry process with reminders on. Without <paramref name="scanInterval"/> its background
    /// service is left out and the test runs passes itself (<see cref="RunAsync"/>); with it, the
    /// service runs on its own.
    /// </summary>
    public RegistryFactory Host(TimeSpan? scanInterval = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Reminders:Smtp:Host"] = "127.0.0.1",
            ["Reminders:Smtp:Port"] = Mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Reminders:From"] = "Sổ theo dõi hợp tác <nhac-han@registry.example.invalid>",
            ["Reminders:ScanInterval"] = (scanInterval ?? TimeSpan.FromDays(1)).ToString(),
        };
        var host = new RegistryFactory(AppConnectionString, settings, services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            if (scanInterval is null)
                services.Remove(services.Single(s => s.ServiceType == typeof(IHostedService) && s.ImplementationType == typeof(ReminderWorker)));
        });
        _ = host.Server; // start it
        hosts.Add(host);
        return host;
    }

    /// <summary>One reminder pass in <paramref name="host"/>, as its background service runs it.</summary>
    public static async Task<(int Recorded, int Settled)> RunAsync(RegistryFactory host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderCycle>().RunAsync(CancellationToken.None);
    }

    public static GrpcChannel Channel(RegistryFactory host, Domain.Access.Caller caller) => RegistryFixture.ChannelTo(host, TestTokens.For(caller));

    public DateOnly Today => HomeTime.Today(Clock.Now.UtcDateTime);

    /// <summary>Creates a commitment led by Industry and Trade, coordinated by Finance, with the deadline phrase given.</summary>
    public async Task<Commitment> CreateAsync(RegistryFactory host, string id, string deadline)
    {
        using var channel = Channel(host, TestCallers.ForeignAffairs);
        return (await new CommitmentService.CommitmentServiceClient(channel).CreateCommitmentAsync(new CreateCommitmentRequest
        {
            CommitmentId = id,
            Commitment = new Commitment
            {
                Source = new CommitmentSource { Record = Directive, Section = "mục 1" },
                LeadAgency = "agencies/vn30-so-cong-thuong",
                CoordinatingAgencies = { "agencies/vn30-so-tai-chinh" },
                Task = $"Nhiệm vụ {id}",
                Deadline = new Deadline { Text = deadline },
            },
        })).Commitment;
    }

    public static string Phrase(DateOnly day) => $"chậm nhất ngày {day.Day}/{day.Month}/{day.Year}";

    public override async Task DisposeAsync()
    {
        foreach (var host in hosts)
            await host.DisposeAsync();
        await Mail.DisposeAsync();
        await base.DisposeAsync();
    }
}
