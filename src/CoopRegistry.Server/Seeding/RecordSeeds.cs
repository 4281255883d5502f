using CoopRegistry.Server.Agreements;
using CoopRegistry.Server.Directives;
using CoopRegistry.Server.Events;
using CoopRegistry.Server.Plans;

namespace CoopRegistry.Server.Seeding;

/// <summary>
/// The register's seed files: one line per record type (file, contract type, contract → domain
/// converter). Each file is a JSON array of the contract resource in protobuf JSON form.
/// </summary>
public static class RecordSeeds
{
    public static readonly IReadOnlyList<IRecordSeedFile> Files =
    [
        new RecordSeedFile<Contract.Directive, Domain.Directives.Directive>("directives.json", DirectiveConverter.FromSeed),
        new RecordSeedFile<Contract.Agreement, Domain.Agreements.Agreement>("agreements.json", AgreementConverter.FromSeed),
        new RecordSeedFile<Contract.Plan, Domain.Plans.Plan>("plans.json", PlanConverter.FromSeed),
        new RecordSeedFile<Contract.Event, Domain.Events.CooperationEvent>("events.json", EventConverter.FromSeed),
        // After every record a commitment's source may be.
        new RecordSeedFile<Contract.Commitment, Domain.Commitments.Commitment>("commitments.json", CommitmentSeedConverter.FromSeed),
    ];
}
