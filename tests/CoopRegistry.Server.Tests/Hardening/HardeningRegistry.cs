using System.Collections.Concurrent;
using CoopRegistry.Contracts.V1;
using CoopRegistry.Domain.Access;
using CoopRegistry.Identity.Data;
using CoopRegistry.Testing;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Date = Google.Type.Date;

namespace CoopRegistry.Server.Tests.Hardening;

/// <summary>
/// The registry on its own database for the hardening tests: limits from <see cref="Settings"/>,
/// every log line captured (<see cref="Logs"/>), the disabled-client list left to the test (no
/// refresh from the token service's tables), and a directive that commitments cite.
/// </summary>
public class HardeningRegistry : ClassDatabase
{
    public RegistryFactory Factory { get; private set; } = null!;

    public GrpcChannel Channel { get; private set; } = null!;

    public CapturedLogs Logs { get; } = new();

    /// <summary>What the registry answered each call that named itself (<see cref="AnsweredStatuses.CallHeader"/>).</summary>
    public AnsweredStatuses Answers { get; } = new();

    /// <summary>`directives/{id}` of the directive the commitments cite.</summary>
    public string Directive { get; private set; } = "";

    /// <summary>Settings over appsettings; by default limits high enough for the bulk tests.</summary>
    protected virtual Dictionary<string, string?> Settings => new()
    {
        ["Registry:ClientStatusRefresh"] = "01:00:00",
        ["Registry:Limits:RateLimitBurst"] = "1000000",
        ["Registry:Limits:RateLimitPerSecond"] = "1000000",
    };

    /// <summary>The registry's connection string; a subclass may bound its pool.</summary>
    protected virtual string RegistryConnectionString => ConnectionString;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // The token service's tables too, so that AdminService's methods reach a real store.
        await using (var identity = new IdentityDbContext(new DbContextOptionsBuilder<IdentityDbContext>().UseIdentityDatabase(ConnectionString).Options))
            await identity.Database.MigrateAsync();
        Factory = new RegistryFactory(RegistryConnectionString, Settings, services =>
        {
            services.AddSingleton<ILoggerProvider>(Logs);
            services.AddSingleton<IStartupFilter>(Answers);
        });
        Channel = ChannelFor(TestCallers.ForeignAffairs);
        var directives = new DirectiveService.DirectiveServiceClient(Channel);
        Directive = (await directives.CreateDirectiveAsync(new CreateDirectiveRequest
        {
            DirectiveId = "vn-30-tb-hardening",
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

    public GrpcChannel ChannelFor(Caller caller) => ChannelWith(TestTokens.For(caller));

    public CommitmentService.CommitmentServiceClient Commitments(Caller caller) => new(ChannelFor(caller));

    /// <summary>A complete commitment from the directive: Industry and Trade leads, due no later than <paramref name="due"/> (30/6/2026).</summary>
    public Commitment Complete(string task = "Tổ chức hội nghị xúc tiến đầu tư tại Stung Treng", DateOnly? due = null) => new()
    {
        Source = new CommitmentSource { Record = Directive, Section = "mục 2" },
        LeadAgency = "agencies/vn30-so-cong-thuong",
        CoordinatingAgencies = { "agencies/vn30-so-tai-chinh" },
        ResponsiblePerson = "Giám đốc Sở Công Thương",
        Task = task,
        Deliverable = "Báo cáo kết quả gửi UBND tỉnh",
        Deadline = new Deadline
        {
            OnOrBefore = due is { } d ? new Date { Year = d.Year, Month = d.Month, Day = d.Day } : new Date { Year = 2026, Month = 6, Day = 30 },
        },
        ApprovingAuthority = "agencies/vn30-ubnd",
    };

    public async Task<Commitment> CreateAsync(Commitment commitment, Caller? caller = null) =>
        (await Commitments(caller ?? TestCallers.ForeignAffairs).CreateCommitmentAsync(
            new CreateCommitmentRequest { Commitment = commitment, RequestId = Guid.NewGuid().ToString() })).Commitment;

    /// <summary>The audit chain's last sequence number: every write the registry commits moves it.</summary>
    public async Task<long> AuditSequenceAsync() => Convert.ToInt64(await ScalarAsync("SELECT sequence FROM registry.audit_head WHERE id = 1"));

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}

/// <summary>Lower per-client quotas, so that the rate and stream limits can be reached in a test.</summary>
public sealed class LimitedRegistry : HardeningRegistry
{
    public const int Burst = 40;
    public const int Streams = 2;

    /// <summary>A caller of its own per test: the quotas are per client id.</summary>
    public static Domain.Access.Caller Client(string id, Domain.Access.Caller? like = null) => (like ?? TestCallers.ForeignAffairs) with { ClientId = id };

    protected override Dictionary<string, string?> Settings => new()
    {
        ["Registry:ClientStatusRefresh"] = "01:00:00",
        ["Registry:Limits:RateLimitBurst"] = Burst.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Registry:Limits:RateLimitPerSecond"] = "1",
        ["Registry:Limits:MaxStreamsPerClient"] = Streams.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>Every log line the registry writes, kept for assertions (which refusals were logged).</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, LogLevel Level, string Message)> lines = new();

    public IReadOnlyList<(string Category, LogLevel Level, string Message)> Lines => [.. lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

    public void Dispose() { }

    private sealed class Logger(string category, ConcurrentQueue<(string, LogLevel, string)> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
                lines.Enqueue((category, logLevel, formatter(state, exception)));
        }
    }
}
