using CoopRegistry.Contracts.V1;
using CoopRegistry.Domain.Access;
using Grpc.Net.Client;
using Date = Google.Type.Date;
using Model = CoopRegistry.Domain.Agreements;
using Money = Google.Type.Money;

namespace CoopRegistry.Server.Tests.Events;

/// <summary>The registry on its own database, with clients for each role and event builders.</summary>
public class EventFixture : RegistryFixture
{
    private readonly Dictionary<string, GrpcChannel> channels = [];

    /// <summary>An EventService client acting as <paramref name="caller"/> (one channel per caller, closed with the fixture).</summary>
    public EventService.EventServiceClient Client(Caller caller)
    {
        lock (channels)
        {
            if (!channels.TryGetValue(caller.ClientId, out var channel))
                channels[caller.ClientId] = channel = ChannelWith(TestTokens.For(caller, TimeSpan.FromHours(1)));
            return new EventService.EventServiceClient(channel);
        }
    }

    public override async Task DisposeAsync()
    {
        foreach (var channel in channels.Values)
            channel.Dispose();
        await base.DisposeAsync();
    }

    public EventService.EventServiceClient Manager => Client(TestCallers.ForeignAffairs);

    /// <summary>Writes an agreement straight to the store (AgreementService is another branch's work).</summary>
    public async Task AddAgreementAsync(string id, string title)
    {
        await using var db = CreateContext();
        db.Add(new Model.Agreement { Id = id, Title = title, HomeProvinceCode = "VN-30", CreateTime = DateTime.UtcNow, UpdateTime = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }

    /// <summary>A valid planned conference in Stung Treng with Ratanakiri taking part.</summary>
    public static Event StungTrengConference(string title = "Hội nghị xúc tiến đầu tư tại tỉnh Stung Treng") => new()
    {
        Kind = EventKind.Conference,
        Title = title,
        Summary = "Giới thiệu tiềm năng, cơ hội đầu tư của tỉnh Gia Lai",
        StartDate = Day(2025, 10, 1),
        DatesTentative = true,
        Place = "Stung Treng (ស្ទឹងត្រែង)",
        PlaceProvince = "provinces/KH-19",
        Organiser = "agencies/vn30-so-ngoai-vu",
        Level = CooperationLevel.Province,
        ParticipatingProvinces = { "provinces/KH-19", "provinces/KH-16" },
        ParticipatingAgencies = { "agencies/vn30-so-cong-thuong" },
        Fields = { CooperationField.Investment, CooperationField.Trade },
        Delegation =
        {
            new DelegationMember { Person = "Nguyễn Văn A", Title = "Phó Chủ tịch UBND tỉnh", Agency = "agencies/vn30-ubnd", Head = true },
            new DelegationMember { Person = "Trần Thị B", Title = "Giám đốc Sở Ngoại vụ", Agency = "agencies/vn30-so-ngoai-vu" },
        },
        Sources = { new SourceReference { Document = "gialai-2026-05-11-le-thanh-enterprises.txt", Section = "§2.2" } },
    };

    /// <summary>An event only Gia Lai and Attapeu take part in.</summary>
    public static Event AttapeuWorkingSession(string title) => new()
    {
        Kind = EventKind.WorkingSession,
        Title = title,
        StartDate = Day(2025, 11, 12),
        Place = "Attapeu",
        PlaceProvince = "provinces/LA-AT",
        ParticipatingProvinces = { "provinces/LA-AT" },
        Fields = { CooperationField.Education },
    };

    public static Date Day(int year, int month, int day) => new() { Year = year, Month = month, Day = day };

    public static Money Usd(long units) => new() { CurrencyCode = "USD", Units = units };
}
