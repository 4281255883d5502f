using CoopRegistry.Data.Listing;
using CoopRegistry.Server.Protobuf;
using Google.Protobuf;
using Mapster;
using Contract = CoopRegistry.Contracts.V1;

namespace CoopRegistry.Server.Tests;

/// <summary>
/// A page of records leaves some columns unread (<see cref="ListColumns.LeftOut"/>): no record's
/// message may show them, or a listed record would differ from its Get. Each is set on a record
/// that otherwise maps alike, and the message must not change.
/// </summary>
public class LeftOutColumnsTests
{
    private static readonly TypeAdapterConfig Mapping = RegistryMapping.Create(new Data.Records.EtagSeal(new byte[32]));

    [Fact]
    public void No_record_message_shows_a_column_lists_leave_out()
    {
        var checkedProperties = 0;
        checkedProperties += Check<Domain.Agreements.Agreement, Contract.Agreement>();
        checkedProperties += Check<Domain.Plans.Plan, Contract.Plan>();
        checkedProperties += Check<Domain.Events.CooperationEvent, Contract.Event>();
        checkedProperties += Check<Domain.Directives.Directive, Contract.Directive>();
        checkedProperties += Check<Domain.Commitments.Commitment, Contract.Commitment>();
        // Six on every record, agency_ids on plans and commitments.
        Assert.Equal(5 * 6 + 2, checkedProperties);
    }

    private static int Check<TRecord, TMessage>() where TRecord : Domain.Records.RegistryRecord, new() where TMessage : IMessage
    {
        var properties = typeof(TRecord).GetProperties().Where(p => ListColumns.LeftOut.Contains(p.Name)).ToList();
        var plain = Map<TRecord, TMessage>(Record<TRecord>());
        foreach (var property in properties)
        {
            var record = Record<TRecord>();
            property.SetValue(record, property.PropertyType == typeof(string) ? "left-out" : new List<string> { "left-out" });
            Assert.True(plain.Equals(Map<TRecord, TMessage>(record)), $"{typeof(TMessage).Name} shows {property.Name}");
        }
        return properties.Count;
    }

    private static TRecord Record<TRecord>() where TRecord : Domain.Records.RegistryRecord, new() => new() { Id = "vn-30-left-out", HomeProvinceCode = "VN-30" };

    private static TMessage Map<TRecord, TMessage>(TRecord record) => record.Adapt<TRecord, TMessage>(Mapping);
}
