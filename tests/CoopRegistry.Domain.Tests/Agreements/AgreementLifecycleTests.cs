using CoopRegistry.Domain.Agreements;
using CoopRegistry.Domain.Calendar;

namespace CoopRegistry.Domain.Tests.Agreements;

public class AgreementLifecycleTests
{
    private static readonly WorkingCalendar Calendar = new("VN", [], [2025, 2026, 2027]);
    private static readonly RevisionAuthor Author = new("vn30-so-ngoai-vu", "dofa", new DateTime(2026, 6, 1, 3, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 6, 1));

    private static Agreement NewAgreement(AgreementLevel level = AgreementLevel.Province) => new()
    {
        Id = "gia-lai-ratanakiri",
        HomeProvinceCode = "VN-30",
        Kind = AgreementKind.MemorandumOfUnderstanding,
        Title = "Biên bản ghi nhớ hợp tác Gia Lai – Ratanakiri",
        Level = level,
        Parties = [AgreementParty.Province("VN-30"), AgreementParty.Province("KH-16")],
    };

    private static readonly Signatory[] Signatories = [new("Nguyễn Văn A", "Chủ tịch UBND tỉnh", "provinces/VN-30")];

    private static Agreement InForce()
    {
        var agreement = NewAgreement(AgreementLevel.Department);
        agreement.Sign(new DateOnly(2026, 1, 5), "Pleiku", Signatories);
        agreement.BringIntoForce(new DateOnly(2026, 1, 10));
        return agreement;
    }

    [Fact]
    public void Province_level_agreement_cannot_be_signed_without_consultation()
    {
        var agreement = NewAgreement();
        var error = Assert.Throws<FailedPreconditionException>(() => agreement.Sign(new DateOnly(2026, 1, 5), null, Signatories));
        Assert.Equal("CONSULTATION_REQUIRED", error.Reason);
        Assert.Equal(AgreementState.Draft, agreement.State);
    }

    [Theory]
    [InlineData(AgreementLevel.Department)]
    [InlineData(AgreementLevel.Commune)]
    public void Department_and_commune_agreements_may_be_signed_from_draft(AgreementLevel level)
    {
        var agreement = NewAgreement(level);
        agreement.Sign(new DateOnly(2026, 1, 5), "Pleiku", Signatories);
        Assert.Equal(AgreementState.Signed, agreement.State);
        Assert.Equal(new DateOnly(2026, 1, 5), agreement.SigningDate);
    }

    [Fact]
    public void Signing_waits_for_every_opinion_and_for_the_Prime_Minister_when_one_disagreed()
    {
        var agreement = NewAgreement();
        agreement.StartConsultation(new DateOnly(2026, 3, 2), ["vn-bo-ngoai-giao", "vn30-so-tu-phap"], Calendar);
        Assert.All(agreement.Consultation!.Opinions, o => Assert.Equal((new DateOnly(2026, 3, 11), OpinionPosition.Awaited), (o.DueDate, o.Position)));

        agreement.RecordOpinion("vn-bo-ngoai-giao", new DateOnly(2026, 3, 9), OpinionPosition.Disagrees, "clause 3");
        Assert.Equal("OPINIONS_AWAITED", Assert.Throws<FailedPreconditionException>(() => agreement.Sign(new DateOnly(2026, 3, 20), null, Signatories)).Reason);

        agreement.RecordOpinion("vn30-so-tu-phap", new DateOnly(2026, 3, 10), OpinionPosition.Agrees, null);
        Assert.Equal("PRIME_MINISTER_CONSENT_MISSING", Assert.Throws<FailedPreconditionException>(() => agreement.Sign(new DateOnly(2026, 3, 20), null, Signatories)).Reason);

        agreement.RecordPrimeMinisterConsent(new DateOnly(2026, 3, 18), "Công văn 123/TTg-QHQT");
        var early = Assert.Throws<InvalidArgumentException>(() => agreement.Sign(new DateOnly(2026, 3, 17), null, Signatories));
        Assert.Contains(early.Violations, v => v.Field == "signing_date");
        agreement.Sign(new DateOnly(2026, 3, 20), null, Signatories);
        Assert.Equal(AgreementState.Signed, agreement.State);
    }

    [Fact]
    public void Opinions_only_from_bodies_asked_and_with_a_position()
    {
        var agreement = NewAgreement();
        agreement.StartConsultation(new DateOnly(2026, 3, 2), ["vn-bo-ngoai-giao"], Calendar);
        var error = Assert.Throws<InvalidArgumentException>(() => agreement.RecordOpinion("vn30-so-tai-chinh", new DateOnly(2026, 3, 1), OpinionPosition.Awaited, null));
        Assert.Equal(["body", "position", "received_date"], error.Violations.Select(v => v.Field));
    }

    [Fact]
    public void Refused_moves_name_the_state_and_the_allowed_moves()
    {
        var draft = NewAgreement();
        var error = Assert.Throws<FailedPreconditionException>(() => draft.Suspend(null, "why", Author));
        Assert.Equal("AGREEMENT_NOT_SIGNED", error.Reason);
        Assert.Contains("AGREEMENT_STATE_DRAFT", error.Message);
        Assert.Contains("StartConsultation", error.Message);
        Assert.Equal(draft.ResourceName, error.Subject);

        var ended = InForce();
        ended.Terminate(null, "both sides agreed", Author);
        var again = Assert.Throws<FailedPreconditionException>(() => ended.Resume(null, "why", Author));
        Assert.Equal("AGREEMENT_ENDED", again.Reason);
        Assert.Contains("AGREEMENT_STATE_TERMINATED", again.Message);
    }

    [Fact]
    public void In_force_suspended_and_back_with_numbered_revisions()
    {
        var agreement = InForce();
        var suspension = agreement.Suspend(new DateOnly(2026, 5, 1), "border closed", Author);
        Assert.Equal(AgreementState.Suspended, agreement.State);
        var resumption = agreement.Resume(null, "border reopened", Author);
        Assert.Equal(AgreementState.InForce, agreement.State);
        Assert.Equal((1, RevisionKind.Suspension, 2, RevisionKind.Resumption), (suspension.Number, suspension.Kind, resumption.Number, resumption.Kind));
        Assert.Equal(("vn30-so-ngoai-vu", "dofa", new DateOnly(2026, 6, 1)), (resumption.RecordedByAgency, resumption.RecordedByClient, resumption.EffectiveDate));
        Assert.Throws<InvalidArgumentException>(() => agreement.Suspend(null, " ", Author));
    }

    [Fact]
    public void Extension_moves_the_expiry_forward_only_and_expiry_waits_for_the_date()
    {
        var agreement = InForce();
        Assert.Equal("NO_EXPIRY_DATE", Assert.Throws<FailedPreconditionException>(() => agreement.Expire(null, Author)).Reason);
        agreement.Extend(new DateOnly(2026, 12, 31), "renewed", Author);
        Assert.Throws<InvalidArgumentException>(() => agreement.Extend(new DateOnly(2026, 12, 1), "shorter", Author));
        Assert.Equal("NOT_YET_EXPIRED", Assert.Throws<FailedPreconditionException>(() => agreement.Expire(null, Author)).Reason);
        var revision = agreement.Expire(null, Author with { Today = new DateOnly(2027, 1, 2) });
        Assert.Equal((AgreementState.Expired, RevisionKind.Expiry), (agreement.State, revision.Kind));
    }

    [Fact]
    public void An_agreement_cannot_supersede_itself()
    {
        var agreement = InForce();
        var error = Assert.Throws<InvalidArgumentException>(() => agreement.Supersede(agreement.Id, null, "replaced", Author));
        Assert.Equal("successor", Assert.Single(error.Violations).Field);
        agreement.Supersede("gia-lai-ratanakiri-2026", null, "replaced", Author);
        Assert.Equal((AgreementState.Superseded, "gia-lai-ratanakiri-2026"), (agreement.State, agreement.SuccessorId));
    }

    [Fact]
    public void Validation_reports_every_violation_at_once()
    {
        var agreement = new Agreement
        {
            Id = "bad",
            Title = "",
            Parties = [AgreementParty.Province("VN-30", PartyRole.Witness), AgreementParty.Province("VN-30", PartyRole.Witness), new AgreementParty(null, null, null, PartyRole.Unspecified)],
            Signatories = [new Signatory("A", "", "provinces/KH-16")],
            SigningDate = new DateOnly(2026, 1, 5),
            EffectiveDate = new DateOnly(2026, 1, 1),
            ExpiryDate = new DateOnly(2025, 12, 31),
        };
        var fields = AgreementRules.Check(agreement).Select(v => v.Field).ToList();
        foreach (var field in new[] { "agreement.title", "agreement.kind", "agreement.level", "agreement.parties[1]", "agreement.parties[2]", "agreement.parties[2].role",
                     "agreement.parties", "agreement.signatories[0].on_behalf_of", "agreement.effective_date", "agreement.expiry_date" })
            Assert.Contains(field, fields);
    }

    [Fact]
    public void After_signing_only_metadata_may_be_updated()
    {
        var agreement = InForce();
        var incoming = InForce();
        incoming.Title = "Changed title";
        incoming.Summary = "A corrected summary";
        var error = Assert.Throws<FailedPreconditionException>(() => agreement.Edit(incoming, new HashSet<string> { "title", "summary" }));
        Assert.Equal("AGREEMENT_SIGNED", error.Reason);
        Assert.Contains("AmendAgreement", error.Message);
        Assert.Equal("Biên bản ghi nhớ hợp tác Gia Lai – Ratanakiri", agreement.Title);

        agreement.Edit(incoming, new HashSet<string> { "summary" });
        Assert.Equal("A corrected summary", agreement.Summary);
        // Naming an unchanged substantive field (as `*` does) is not a change.
        agreement.Edit(InForce(), new HashSet<string> { "level", "parties" });
    }

    [Fact]
    public void In_draft_substantive_fields_may_be_updated()
    {
        var agreement = NewAgreement();
        var incoming = NewAgreement();
        incoming.Title = "Thỏa thuận hợp tác";
        incoming.Kind = AgreementKind.CooperationAgreement;
        agreement.Edit(incoming, new HashSet<string> { "title", "kind" });
        Assert.Equal(("Thỏa thuận hợp tác", AgreementKind.CooperationAgreement), (agreement.Title, agreement.Kind));
    }
}
