using Google.Protobuf.Collections;
using Google.Protobuf.WellKnownTypes;

namespace CoopRegistry.Server.Protobuf;

/// <summary>
/// Domain → contract mappings. Compiled once at start-up; a unit test compiles it too, so an
/// unmapped member fails a test instead of a call.
/// </summary>
public static class RegistryMapping
{
    public static TypeAdapterConfig Create(EtagSeal etags)
    {
        var config = new TypeAdapterConfig();
        config.Default.RequireDestinationMemberSource(true);
        // Protobuf repeated fields are get-only: fill the existing collection.
        config.Default.UseDestinationValue(member => member.SetterModifier == AccessModifier.None
            && member.Type.IsGenericType && member.Type.GetGenericTypeDefinition() == typeof(RepeatedField<>));
        // A message a map builds itself (a oneof) is passed on, not deep-copied field by field.
        config.Default.ShallowCopyForSameType(true);
        // Protobuf string setters refuse null.
        config.Default.AddDestinationTransform((string? text) => text ?? "");

        // Dates and instants the same way everywhere (ProtoDates).
        config.NewConfig<DateOnly?, Google.Type.Date?>().MapWith(date => date.ToProto());
        config.NewConfig<DateOnly, Google.Type.Date>().MapWith(date => date.ToProto());
        config.NewConfig<DateTime?, Timestamp?>().MapWith(instant => instant.ToProto());
        config.NewConfig<DateTime, Timestamp>().MapWith(instant => instant.ToProto());
        // One IRegister per resource (DirectoryMapping, AgreementMapping, …).
        config.Scan(typeof(RegistryMapping).Assembly);
        // Etags are sealed with the server's key (EtagSeal), the same way for every record.
        SealEtags<Domain.Agreements.Agreement, Contracts.V1.Agreement>(config, etags);
        SealEtags<Domain.Plans.Plan, Contracts.V1.Plan>(config, etags);
        SealEtags<Domain.Events.CooperationEvent, Contracts.V1.Event>(config, etags);
        SealEtags<Domain.Directives.Directive, Contracts.V1.Directive>(config, etags);
        SealEtags<Domain.Commitments.Commitment, Contracts.V1.Commitment>(config, etags);

        config.Compile();
        return config;
    }

    private static void SealEtags<TRecord, TMessage>(TypeAdapterConfig config, EtagSeal etags) where TRecord : RegistryRecord =>
        config.ForType<TRecord, TMessage>().Map("Etag", src => etags.Of(src));
}
