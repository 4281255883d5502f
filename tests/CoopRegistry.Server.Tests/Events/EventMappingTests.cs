using CoopRegistry.Domain.Access;
using CoopRegistry.Domain.Directory;
using CoopRegistry.Domain.Events;
using CoopRegistry.Domain.Records;
using CoopRegistry.Server.Events;
using CoopRegistry.Server.Protobuf;
using Mapster;
using Contract = CoopRegistry.Contracts.V1;

namespace CoopRegistry.Server.Tests.Events;

/// <summary>Domain → contract and back: what goes in comes out, ids as resource names, money exact.</summary>
public class EventMappingTests
{
    [Fact]
    public void An_event_survives_the_round_trip_through_the_contract()
    {
        var record = new CooperationEvent
        {
            Id = "vn-30-hoi-nghi",
            HomeProvinceCode = "VN-30",
            Kind = EventKind.LeadersMeeting,
            Title = "Hội đàm",
            StartDate = new DateOnly(2025, 9, 3),
            EndDate = new DateOnly(2025, 9, 4),
            PlaceProvinceCode = "KH-16",
            OrganiserId = "vn30-ubnd",
            Level = CooperationLevel.Province,
            Delegation = [new DelegationMember("A", "Chủ tịch", "vn30-ubnd", true)],
            ParticipatingProvinceCodes = ["KH-16"],
            ParticipatingAgencyIds = ["kh16-chinh-quyen-tinh"],
            ParticipatingEnterprises = ["Công ty X"],
            Fields = [CooperationField.BorderGateLogistics],
            State = EventState.Held,
            AgreementIds = ["mou"],
            Pledges = [new InvestmentPledge("Công ty X", CooperationField.Trade, "Kho hàng", 1_234.5m, "LAK", "KH-16"), new InvestmentPledge("Y", null, "", null, null, null)],
            OutcomeSummary = "Thống nhất",
            DirectiveIds = ["tb-123"],
            Sources = [new SourceReference("doc.txt", "§1")],
            CreateTime = DateTime.UtcNow,
            UpdateTime = DateTime.UtcNow,
        };

        var contract = record.Adapt<Contract.Event>(RegistryMapping.Create(new Data.Records.EtagSeal(new byte[32])));

        Assert.Equal(("events/vn-30-hoi-nghi", "provinces/VN-30", "provinces/KH-16", "agencies/vn30-ubnd"),
            (contract.Name, contract.HomeProvince, contract.PlaceProvince, contract.Organiser));
        Assert.Equal((Contract.EventKind.LeadersMeeting, Contract.EventState.Held, Contract.CooperationLevel.Province), (contract.Kind, contract.State, contract.Level));
        Assert.Equal("agencies/vn30-ubnd", contract.Delegation.Single().Agency);
        Assert.Equal(("LAK", 1_234L, 500_000_000), (contract.Pledges[0].Amount.CurrencyCode, contract.Pledges[0].Amount.Units, contract.Pledges[0].Amount.Nanos));
        Assert.Null(contract.Pledges[1].Amount);
        Assert.Equal(Contract.CooperationField.Unspecified, contract.Pledges[1].Sector);
        Assert.Equal(["agreements/mou"], contract.Agreements);
        Assert.Equal(["directives/tb-123"], contract.Directives);
        Assert.Equal("", contract.CancellationReason);

        var caller = new Caller("vn30-so-ngoai-vu", "vn30-so-ngoai-vu", "VN-30", new HashSet<string>());
        var (back, _) = EventConverter.ForCreate(new Contract.CreateEventRequest { Event = contract, EventId = record.Id }, caller);
        Assert.Equal(record.Delegation, back.Delegation);
        Assert.Equal(record.Pledges, back.Pledges);
        Assert.Equal((record.PlaceProvinceCode, record.OrganiserId, record.Level, record.EndDate), (back.PlaceProvinceCode, back.OrganiserId, back.Level, back.EndDate));
        Assert.Equal(record.Fields, back.Fields);
        Assert.Equal(record.AgreementIds, back.AgreementIds);
        Assert.Equal(record.DirectiveIds, back.DirectiveIds);
        Assert.Equal(EventState.Planned, back.State);
    }

    [Fact]
    public void A_seed_keeps_its_name_state_and_cancellation_reason()
    {
        var seed = new Contract.Event
        {
            Name = "events/hoi-nghi-huy",
            Kind = Contract.EventKind.Conference,
            Title = "Hội nghị",
            StartDate = new Google.Type.Date { Year = 2025, Month = 10, Day = 1 },
            HomeProvince = "provinces/VN-30",
            State = Contract.EventState.Cancelled,
            CancellationReason = "Hoãn",
        };

        var record = EventConverter.FromSeed(seed);

        Assert.Equal(("hoi-nghi-huy", EventState.Cancelled, "Hoãn", "VN-30"), (record.Id, record.State, record.CancellationReason, record.HomeProvinceCode));
    }
}
