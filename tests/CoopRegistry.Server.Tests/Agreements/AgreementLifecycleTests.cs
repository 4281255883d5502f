using CoopRegistry.Contracts.V1;
using Google.Rpc;
using static CoopRegistry.Server.Tests.Agreements.Agreements;

namespace CoopRegistry.Server.Tests.Agreements;

public class AgreementLifecycleTests(RegistryFixture registry) : IClassFixture<RegistryFixture>
{
    private readonly AgreementService.AgreementServiceClient agreements = new(registry.Channel);

    private async Task<Agreement> CreateAsync(string id, CooperationLevel level = CooperationLevel.Department) =>
        (await agreements.CreateAgreementAsync(new CreateAgreementRequest { Agreement = New($"Agreement {id}", level: level), AgreementId = id })).Agreement;

    private async Task<Agreement> InForceAsync(string id)
    {
        var created = await CreateAsync(id);
        var signed = (await agreements.SignAgreementAsync(new SignAgreementRequest { Name = created.Name, SigningDate = Day(2025, 3, 1), SigningPlace = "Pleiku", Signatories = { Signs() } })).Agreement;
        return (await agreements.BringIntoForceAsync(new BringIntoForceRequest { Name = signed.Name, Etag = signed.Etag, EffectiveDate = Day(2025, 3, 15) })).Agreement;
    }

    private static async Task<PreconditionFailure.Types.Violation> RefusedAsync(Func<Task> call)
    {
        var status = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, call);
        return Assert.Single(status.GetDetail<PreconditionFailure>().Violations);
    }

    [Fact]
    public async Task Department_agreement_goes_from_draft_through_signing_into_force_suspension_and_termination()
    {
        var draft = await CreateAsync("vn-30-dept-lifecycle");
        Assert.Equal(AgreementState.Draft, draft.State);

        var signed = (await agreements.SignAgreementAsync(new SignAgreementRequest { Name = draft.Name, Etag = draft.Etag, SigningDate = Day(2025, 3, 1), Signatories = { Signs() } })).Agreement;
        Assert.Equal((AgreementState.Signed, 2025), (signed.State, signed.SigningDate.Year));
        Assert.Equal("Nguyễn Văn A", Assert.Single(signed.Signatories).Person);

        var early = await RpcAssert.InvalidFieldAsync("effective_date", async () => await agreements.BringIntoForceAsync(new BringIntoForceRequest { Name = signed.Name, EffectiveDate = Day(2025, 2, 1) }));
        Assert.Contains("before the signing date", early.Description);

        var inForce = (await agreements.BringIntoForceAsync(new BringIntoForceRequest { Name = signed.Name, EffectiveDate = Day(2025, 3, 15) })).Agreement;
        Assert.Equal(AgreementState.InForce, inForce.State);
        var suspended = (await agreements.SuspendAgreementAsync(new SuspendAgreementRequest { Name = inForce.Name, Reason = "cửa khẩu tạm đóng" })).Agreement;
        Assert.Equal(AgreementState.Suspended, suspended.State);
        var resumed = (await agreements.ResumeAgreementAsync(new ResumeAgreementRequest { Name = inForce.Name, Reason = "cửa khẩu mở lại" })).Agreement;
        Assert.Equal(AgreementState.InForce, resumed.State);
        var terminated = (await agreements.TerminateAgreementAsync(new TerminateAgreementRequest { Name = inForce.Name, Reason = "hai bên thống nhất chấm dứt", EffectiveDate = Day(2026, 1, 1) })).Agreement;
        Assert.Equal(AgreementState.Terminated, terminated.State);

        var refused = await RefusedAsync(async () => await agreements.ResumeAgreementAsync(new ResumeAgreementRequest { Name = inForce.Name, Reason = "again" }));
        Assert.Equal(inForce.Name, refused.Subject);
        Assert.Contains("AGREEMENT_STATE_TERMINATED", refused.Description);
    }

    [Fact]
    public async Task Refused_moves_are_failed_precondition_naming_the_state_and_allowed_moves()
    {
        var draft = await CreateAsync("vn-30-refused-moves", CooperationLevel.Province);
        var status = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, async () => await agreements.BringIntoForceAsync(new BringIntoForceRequest { Name = draft.Name, EffectiveDate = Day(2025, 1, 1) }));
        Assert.Equal("AGREEMENT_NOT_SIGNED", status.GetDetail<ErrorInfo>().Reason);
        Assert.Contains("AGREEMENT_STATE_DRAFT", status.Message);
        Assert.Contains("StartConsultation", status.Message);

        var consultation = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, async () => await agreements.SignAgreementAsync(new SignAgreementRequest { Name = draft.Name, SigningDate = Day(2025, 3, 1), Signatories = { Signs() } }));
        Assert.Equal("CONSULTATION_REQUIRED", consultation.GetDetail<ErrorInfo>().Reason);

        await RefusedAsync(async () => await agreements.ExtendAgreementAsync(new ExtendAgreementRequest { Name = draft.Name, NewExpiryDate = Day(2030, 1, 1), Reason = "x" }));
        await RefusedAsync(async () => await agreements.RecordOpinionAsync(new RecordOpinionRequest { Name = draft.Name, Body = "agencies/vn-bo-ngoai-giao", ReceivedDate = Day(2025, 1, 1), Position = OpinionPosition.Agrees }));
        Assert.Equal(AgreementState.Draft, (await agreements.GetAgreementAsync(new GetAgreementRequest { Name = draft.Name })).Agreement.State);
    }

    [Fact]
    public async Task Province_agreement_is_signed_only_after_every_opinion_and_the_Prime_Minister_consent()
    {
        var draft = await CreateAsync("vn-30-province-consultation", CooperationLevel.Province);
        // Friday 13 February 2026, the last working day before Tết Bính Ngọ (16–20 February):
        // the 7 working days skip three weekends and the Tết break.
        var started = (await agreements.StartConsultationAsync(new StartConsultationRequest
        {
            Name = draft.Name,
            Etag = draft.Etag,
            DossierDate = Day(2026, 2, 13),
            Bodies = { "agencies/vn-bo-ngoai-giao", "agencies/vn30-so-tu-phap" },
        })).Agreement;
        Assert.Equal(AgreementState.InConsultation, started.State);
        Assert.All(started.Consultation.Opinions, o => Assert.Equal((Day(2026, 3, 3), OpinionPosition.Awaited), (o.DueDate, o.Position)));

        var sign = new SignAgreementRequest { Name = draft.Name, SigningDate = Day(2026, 3, 20), Signatories = { Signs() } };
        var awaited = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, async () => await agreements.SignAgreementAsync(sign));
        Assert.Equal("OPINIONS_AWAITED", awaited.GetDetail<ErrorInfo>().Reason);
        Assert.Contains("agencies/vn-bo-ngoai-giao", awaited.Message);

        await agreements.RecordOpinionAsync(new RecordOpinionRequest { Name = draft.Name, Body = "agencies/vn-bo-ngoai-giao", ReceivedDate = Day(2026, 2, 27), Position = OpinionPosition.Disagrees, Note = "Điều 3 chưa phù hợp" });
        await agreements.RecordOpinionAsync(new RecordOpinionRequest { Name = draft.Name, Body = "agencies/vn30-so-tu-phap", ReceivedDate = Day(2026, 3, 2), Position = OpinionPosition.Agrees });
        var noConsent = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, async () => await agreements.SignAgreementAsync(sign));
        Assert.Equal("PRIME_MINISTER_CONSENT_MISSING", noConsent.GetDetail<ErrorInfo>().Reason);

        await RpcAssert.InvalidFieldAsync("body", async () => await agreements.RecordOpinionAsync(new RecordOpinionRequest { Name = draft.Name, Body = "agencies/vn30-so-tai-chinh", ReceivedDate = Day(2026, 3, 2), Position = OpinionPosition.Agrees }));

        await agreements.RecordPrimeMinisterConsentAsync(new RecordPrimeMinisterConsentRequest { Name = draft.Name, Consent = new PrimeMinisterConsent { Date = Day(2026, 3, 16), Reference = "Văn bản 321/TTg-QHQT" } });
        var signed = (await agreements.SignAgreementAsync(sign)).Agreement;
        Assert.Equal(AgreementState.Signed, signed.State);
        Assert.Equal("Văn bản 321/TTg-QHQT", signed.Consultation.PrimeMinisterConsent.Reference);
        Assert.Equal(OpinionPosition.Disagrees, signed.Consultation.Opinions.Single(o => o.Body == "agencies/vn-bo-ngoai-giao").Position);
    }

    [Fact]
    public async Task Consultation_opinions_are_due_after_a_weekend_and_a_holiday()
    {
        var draft = await CreateAsync("vn-30-due-over-holiday", CooperationLevel.Province);
        // Friday 24 April 2026: the weekend, Monday 27 April (Giỗ Tổ's compensation day),
        // 30 April and 1 May and the next weekend are skipped.
        var started = (await agreements.StartConsultationAsync(new StartConsultationRequest { Name = draft.Name, DossierDate = Day(2026, 4, 24), Bodies = { "agencies/vn-bo-ngoai-giao" } })).Agreement;
        Assert.Equal(Day(2026, 5, 8), Assert.Single(started.Consultation.Opinions).DueDate);

        var unknown = await CreateAsync("vn-30-unknown-body", CooperationLevel.Province);
        var violation = await RpcAssert.InvalidFieldAsync("bodies[1]", async () => await agreements.StartConsultationAsync(new StartConsultationRequest { Name = unknown.Name, DossierDate = Day(2026, 4, 24), Bodies = { "agencies/vn-bo-ngoai-giao", "agencies/nowhere" } }));
        Assert.Contains("does not exist", violation.Description);
    }

    [Fact]
    public async Task Revisions_are_listed_oldest_first_with_who_when_and_why()
    {
        var agreement = await InForceAsync("vn-30-revised");
        await agreements.AmendAgreementAsync(new AmendAgreementRequest { Name = agreement.Name, EffectiveDate = Day(2025, 6, 1), Reason = "bổ sung lĩnh vực y tế", Description = "Điều 2 thêm khoản 5" });
        await agreements.ExtendAgreementAsync(new ExtendAgreementRequest { Name = agreement.Name, NewExpiryDate = Day(2030, 12, 31), Reason = "gia hạn 5 năm" });
        await agreements.SuspendAgreementAsync(new SuspendAgreementRequest { Name = agreement.Name, EffectiveDate = Day(2026, 1, 1), Reason = "tạm dừng" });

        var first = await agreements.ListAgreementRevisionsAsync(new ListAgreementRevisionsRequest { Parent = agreement.Name, PageSize = 2 });
        Assert.Equal(3, first.TotalSize);
        Assert.Equal([RevisionKind.Amendment, RevisionKind.Extension], first.Revisions.Select(r => r.Kind));
        var amendment = first.Revisions[0];
        Assert.Equal((agreement.Name + "/revisions/1", "agencies/vn30-so-ngoai-vu", "dofa"), (amendment.Name, amendment.RecordedByAgency, amendment.RecordedByClient));
        Assert.Equal(("bổ sung lĩnh vực y tế", "Điều 2 thêm khoản 5", Day(2025, 6, 1)), (amendment.Reason, amendment.Description, amendment.EffectiveDate));
        Assert.True(amendment.CreateTime.ToDateTime() > DateTime.UtcNow.AddHours(-1));
        Assert.Contains("2030-12-31", first.Revisions[1].Description);

        var second = await agreements.ListAgreementRevisionsAsync(new ListAgreementRevisionsRequest { Parent = agreement.Name, PageSize = 2, PageToken = first.NextPageToken });
        Assert.Equal((RevisionKind.Suspension, ""), (Assert.Single(second.Revisions).Kind, second.NextPageToken));
        var extended = (await agreements.GetAgreementAsync(new GetAgreementRequest { Name = agreement.Name })).Agreement;
        Assert.Equal((Day(2030, 12, 31), AgreementState.Suspended), (extended.ExpiryDate, extended.State));

        await RpcAssert.InvalidFieldAsync("reason", async () => await agreements.ResumeAgreementAsync(new ResumeAgreementRequest { Name = agreement.Name }));
    }

    [Fact]
    public async Task Superseded_names_its_existing_successor_and_not_itself()
    {
        var old = await InForceAsync("vn-30-superseded-old");
        var successor = await CreateAsync("vn-30-superseded-new");
        await RpcAssert.InvalidFieldAsync("successor", async () => await agreements.SupersedeAgreementAsync(new SupersedeAgreementRequest { Name = old.Name, Successor = old.Name, Reason = "x" }));
        await RpcAssert.InvalidFieldAsync("successor", async () => await agreements.SupersedeAgreementAsync(new SupersedeAgreementRequest { Name = old.Name, Successor = "agreements/does-not-exist", Reason = "x" }));
        Assert.Equal(AgreementState.InForce, (await agreements.GetAgreementAsync(new GetAgreementRequest { Name = old.Name })).Agreement.State);

        var superseded = (await agreements.SupersedeAgreementAsync(new SupersedeAgreementRequest { Name = old.Name, Successor = successor.Name, Reason = "ký thỏa thuận mới" })).Agreement;
        Assert.Equal((AgreementState.Superseded, successor.Name), (superseded.State, superseded.Successor));
    }

    [Fact]
    public async Task Expiry_is_refused_before_the_expiry_date()
    {
        var agreement = await InForceAsync("vn-30-expires-later");
        await agreements.ExtendAgreementAsync(new ExtendAgreementRequest { Name = agreement.Name, NewExpiryDate = Day(2099, 1, 1), Reason = "dài hạn" });
        var status = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, async () => await agreements.ExpireAgreementAsync(new ExpireAgreementRequest { Name = agreement.Name }));
        Assert.Equal("NOT_YET_EXPIRED", status.GetDetail<ErrorInfo>().Reason);
    }

    [Fact]
    public async Task After_signing_substantive_fields_change_only_by_revision_but_metadata_may_be_corrected()
    {
        var agreement = await InForceAsync("vn-30-signed-update");
        agreement.Title = "Another title";
        var refused = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, async () => await agreements.UpdateAgreementAsync(new UpdateAgreementRequest { Agreement = agreement, UpdateMask = new() { Paths = { "title" } } }));
        Assert.Equal("AGREEMENT_SIGNED", refused.GetDetail<ErrorInfo>().Reason);

        agreement.Summary = "Tóm tắt đã sửa";
        agreement.LegalBasis = "Luật Thỏa thuận quốc tế 70/2020/QH14";
        var updated = (await agreements.UpdateAgreementAsync(new UpdateAgreementRequest { Agreement = agreement, UpdateMask = new() { Paths = { "summary", "legal_basis" } } })).Agreement;
        Assert.Equal(("Agreement vn-30-signed-update", "Tóm tắt đã sửa", "Luật Thỏa thuận quốc tế 70/2020/QH14"), (updated.Title, updated.Summary, updated.LegalBasis));

        await RpcAssert.InvalidFieldAsync("update_mask", async () => await agreements.UpdateAgreementAsync(new UpdateAgreementRequest { Agreement = agreement, UpdateMask = new() { Paths = { "state" } } }));
    }
}
