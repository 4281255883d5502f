using CoopRegistry.Domain.Commitments;

namespace CoopRegistry.Server.Commitments;

/// <summary>
/// Contract → domain for commitment requests. Every malformed field and every rule violation is
/// collected and reported at once (INVALID_ARGUMENT with a BadRequest naming each, e.g.
/// "commitment.lead_agency", "commitment.deadline.text"). The deadline facts that need the holiday
/// calendar (working days) are kept by the service with <see cref="CommitmentRules.Normalize"/>.
/// </summary>
public static class CommitmentConverter
{
    private const string Prefix = "commitment.";

    /// <summary>CreateCommitment: the new commitment (start date defaulting to <paramref name="today"/>) and its checked request id.</summary>
    public static (Commitment Commitment, Guid? RequestId) ForCreate(Contract.CreateCommitmentRequest request, Caller caller, DateOnly today)
    {
        var violations = new FieldViolations();
        var (requestId, id) = violations.CreateIds(request.RequestId, request.CommitmentId, "commitment_id", caller.ProvinceCode);
        if (request.Commitment is null)
            violations.Add("commitment", "is required");
        var source = request.Commitment ?? new Contract.Commitment();
        var commitment = Read(source, violations);
        commitment.Id = id;
        commitment.HomeProvinceCode = source.HomeProvince.Length > 0
            ? violations.Check(() => ResourceNames.ParseId(Province.Collection, source.HomeProvince, Prefix + "home_province")) ?? ""
            : caller.ProvinceCode;
        if (commitment.StartDate == default)
            commitment.StartDate = today;
        violations.Throw(CommitmentRules.Validate(commitment));
        return (commitment, requestId);
    }

    /// <summary>UpdateCommitment: the id and the requested values of the fields in <paramref name="paths"/> (only those are checked here).</summary>
    public static (string Id, Commitment Changes) ForUpdate(Contract.Commitment? commitment, IReadOnlySet<string> paths) =>
        RequestFields.ForUpdate(commitment, "commitment", Commitment.CollectionName, c => c.Name, paths, Read);

    /// <summary>The fields a request and a seed share; the output-only ones are the seed's (<see cref="CommitmentSeedConverter"/>).</summary>
    internal static Commitment Read(Contract.Commitment source, FieldViolations violations)
    {
        var commitment = new Commitment
        {
            LeadAgencyId = violations.Id(Agency.Collection, source.LeadAgency, Prefix + "lead_agency") ?? "",
            CoordinatingAgencyIds = violations.Ids(Agency.Collection, source.CoordinatingAgencies, Prefix + "coordinating_agencies"),
            ResponsiblePerson = RequestFields.Optional(source.ResponsiblePerson),
            Task = source.Task.Trim(),
            Description = RequestFields.Optional(source.Description),
            Deliverable = RequestFields.Optional(source.Deliverable),
            Deadline = DeadlineConverter.Read(source.Deadline, Prefix + "deadline", violations),
            ApprovingAuthorityId = violations.Id(Agency.Collection, source.ApprovingAuthority, Prefix + "approving_authority"),
            KeyTask = source.KeyTask,
            Tags = [.. source.Tags.Select(t => t.Trim())],
            PartnerProvinceCodes = violations.Ids(Province.Collection, source.PartnerProvinces, Prefix + "partner_provinces"),
            StartDate = violations.Date(source.StartDate, Prefix + "start_date") ?? default,
            EndDate = violations.Date(source.EndDate, Prefix + "end_date"),
            Sources = violations.Sources(source.Sources, Prefix + "sources"),
        };
        if (source.Source is { } from)
        {
            (commitment.SourceCollection, commitment.SourceId) = SourceRecord(from.Record, violations);
            commitment.SourceSection = RequestFields.Optional(from.Section);
        }
        ReadParty(source.CommittingParty, commitment, violations);
        return commitment;
    }

    private static void ReadParty(Contract.CommittingParty? party, Commitment commitment, FieldViolations violations)
    {
        switch (party?.PartyCase)
        {
            case Contract.CommittingParty.PartyOneofCase.Province:
                commitment.CommittingProvinceCode = violations.Check(() => ResourceNames.ParseId(Province.Collection, party.Province, Prefix + "committing_party.province"));
                break;
            case Contract.CommittingParty.PartyOneofCase.Agency:
                commitment.CommittingAgencyId = violations.Check(() => ResourceNames.ParseId(Agency.Collection, party.Agency, Prefix + "committing_party.agency"));
                break;
            case Contract.CommittingParty.PartyOneofCase.Enterprise:
                commitment.CommittingEnterprise = RequestFields.Optional(party.Enterprise);
                if (commitment.CommittingEnterprise is null)
                    violations.Add(Prefix + "committing_party.enterprise", "names the enterprise as written");
                break;
        }
    }

    private static (string Collection, string Id) SourceRecord(string name, FieldViolations violations)
    {
        if (name.Length == 0)
            return ("", "");
        var slash = name.IndexOf('/');
        var collection = slash > 0 ? name[..slash] : "";
        if (!CommitmentRules.SourceCollections.Contains(collection))
        {
            violations.Add(Prefix + "source.record", $"'{name}' is not the name of an agreement, plan, event or directive (e.g. \"directives/{{id}}\")");
            return ("", "");
        }
        return (collection, violations.Check(() => ResourceNames.ParseId(collection, name, Prefix + "source.record")) ?? "");
    }
}
