using CoopRegistry.Domain.Agreements;
using CoopRegistry.Domain.Commitments;

namespace CoopRegistry.Server.Commitments;

/// <summary>
/// Creates the commitments a law attaches to a step of another record, inside the caller's
/// transaction. The home province's Department of Foreign Affairs is found in the directory, not
/// hard-coded: the one department of that province whose short name is "Sở Ngoại vụ" (the body's
/// legal name in every Vietnamese province).
/// </summary>
public sealed class StatutoryFollowUps(RecordStore store)
{
    public const string ForeignAffairsShortName = "Sở Ngoại vụ";

    /// <summary>
    /// After SignAgreement: the Art. 19 report for an agreement signed in the People's Committee's
    /// name (null when it does not apply, or when it exists already).
    /// </summary>
    public async Task<Commitment?> AfterSigningAsync(Agreement agreement, Caller caller, CancellationToken cancellationToken)
    {
        if (!StatutoryCommitments.ReportAfterSigningApplies(agreement))
            return null;
        if (await store.HasStatutoryCommitmentAsync(agreement.Id, StatutoryCommitments.Law70Article19, cancellationToken))
            return null;
        var commitment = StatutoryCommitments.ReportAfterSigning(agreement, await ForeignAffairsAsync(agreement.HomeProvinceCode, cancellationToken));
        commitment.Id = RecordIds.ChooseOrGenerate(null, "commitment_id", agreement.HomeProvinceCode);
        CommitmentRules.Normalize(commitment, HomeTime.Today(store.Now));
        CommitmentRules.Demand(commitment);
        return await store.CreateAsync(commitment, caller, null, cancellationToken);
    }

    private async Task<Agency> ForeignAffairsAsync(string provinceCode, CancellationToken cancellationToken)
    {
        var found = await store.DepartmentsNamedAsync(provinceCode, ForeignAffairsShortName, cancellationToken);
        return found.Count == 1
            ? found[0]
            : throw new FailedPreconditionException("FOREIGN_AFFAIRS_AGENCY_MISSING", $"provinces/{provinceCode}",
                $"signing in the People's Committee's name obliges a report to the Prime Minister (Law 70/2020 Art. 19), led by the Department of Foreign Affairs; "
                + $"the directory has {found.Count} departments of provinces/{provinceCode} named \"{ForeignAffairsShortName}\", not one");
    }
}
