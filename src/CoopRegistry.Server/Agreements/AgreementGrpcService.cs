using CoopRegistry.Contracts.V1;
using CoopRegistry.Data.Documents;
using CoopRegistry.Domain.Agreements;
using CoopRegistry.Server.Limits;
using Model = CoopRegistry.Domain.Agreements.Agreement;

namespace CoopRegistry.Server.Agreements;

/// <summary>
/// AgreementService: parse → store (visibility, access, etag) → domain rule → save → map. The
/// documents (UploadDocument, AddDocumentReference, DownloadDocument) are in AgreementGrpcService.Documents.cs.
/// </summary>
public sealed partial class AgreementGrpcService(
    RecordStore store, AsOfReader asOf, DocumentStore documents, HolidayCalendars calendars, StatutoryFollowUps followUps, TypeAdapterConfig mapping,
    IOptions<LimitsOptions> limits) : AgreementService.AgreementServiceBase
{
    private readonly RecordCalls<Model> records = new(store, asOf, Model.CollectionName);

    public override async Task<GetAgreementResponse> GetAgreement(GetAgreementRequest request, ServerCallContext context)
    {
        if (request.ReadTime is { } readTime)
            return new() { Agreement = await records.GetAsOfAsync<Contracts.V1.Agreement>(request.Name, readTime, context) };
        var caller = context.Caller();
        var (agreement, documents) = await store.GetWithDocumentsAsync<Model>(Model.CollectionName, records.Id(request.Name), caller, context.CancellationToken);
        var contract = Map(agreement);
        // Lists leave documents out (one query per record); Get carries them.
        contract.Documents.Add(Readable(agreement, documents, caller));
        return new() { Agreement = contract };
    }

    public override async Task<ListAgreementsResponse> ListAgreements(ListAgreementsRequest request, ServerCallContext context)
    {
        var page = await records.ListAsync(
            AgreementListing.Schema, request.PageSize, request.PageToken, request.Filter, request.OrderBy, request.ShowDeleted, context);
        return new() { Agreements = { page.Items.Select(Map) }, NextPageToken = page.NextPageToken, TotalSize = page.TotalSize };
    }

    public override async Task<CreateAgreementResponse> CreateAgreement(CreateAgreementRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        var (agreement, requestId) = AgreementConverter.ForCreate(request, caller);
        return new() { Agreement = Map(await store.CreateAsync(agreement, caller, requestId, context.CancellationToken)) };
    }

    public override async Task<UpdateAgreementResponse> UpdateAgreement(UpdateAgreementRequest request, ServerCallContext context)
    {
        var paths = UpdateMasks.Resolve(request.UpdateMask, Model.UpdatableFields);
        var (id, changes) = AgreementConverter.ForUpdate(request.Agreement, paths);
        var agreement = await records.ForChangeByIdAsync(id, request.Agreement.Etag, context);
        agreement.Edit(changes, paths);
        return new() { Agreement = await SaveAsync(agreement, null, context) };
    }

    public override async Task<DeleteAgreementResponse> DeleteAgreement(DeleteAgreementRequest request, ServerCallContext context) =>
        new() { Agreement = await MoveAsync(request.Name, request.Etag, context, a => a.Withdraw(request.Reason, store.Now)) };

    public override async Task<UndeleteAgreementResponse> UndeleteAgreement(UndeleteAgreementRequest request, ServerCallContext context) =>
        new() { Agreement = await MoveAsync(request.Name, request.Etag, context, a => a.Restore()) };

    public override async Task<StartConsultationResponse> StartConsultation(StartConsultationRequest request, ServerCallContext context)
    {
        var bodies = AgreementRequests.Bodies(request.Bodies);
        var dossierDate = AgreementRequests.Required(request.DossierDate, "dossier_date");
        var agreement = await records.ForChangeAsync(request.Name, request.Etag, context);
        var calendar = await calendars.ForCountryAsync(AgreementRequests.Country(agreement.HomeProvinceCode), context.CancellationToken);
        agreement.StartConsultation(dossierDate, bodies, calendar);
        return new() { Agreement = await SaveAsync(agreement, null, context) };
    }

    public override async Task<RecordOpinionResponse> RecordOpinion(RecordOpinionRequest request, ServerCallContext context)
    {
        var body = Domain.Directory.ResourceNames.ParseId(Domain.Directory.Agency.Collection, request.Body, "body");
        var received = AgreementRequests.Required(request.ReceivedDate, "received_date");
        return new() { Agreement = await MoveAsync(request.Name, request.Etag, context, a => a.RecordOpinion(body, received, (Domain.Agreements.OpinionPosition)request.Position, request.Note)) };
    }

    public override async Task<RecordPrimeMinisterConsentResponse> RecordPrimeMinisterConsent(RecordPrimeMinisterConsentRequest request, ServerCallContext context)
    {
        var consent = request.Consent ?? throw new InvalidArgumentException("consent", "is required");
        var date = AgreementRequests.Required(consent.Date, "consent.date");
        return new() { Agreement = await MoveAsync(request.Name, request.Etag, context, a => a.RecordPrimeMinisterConsent(date, consent.Reference)) };
    }

    public override async Task<SignAgreementResponse> SignAgreement(SignAgreementRequest request, ServerCallContext context)
    {
        var date = AgreementRequests.Required(request.SigningDate, "signing_date");
        var agreement = await records.ForChangeAsync(request.Name, request.Etag, context);
        agreement.Sign(date, request.SigningPlace, [.. request.Signatories.Select(AgreementConverter.ToSignatory)]);
        // Law 70/2020 Art. 19: the report to the Prime Minister is created with the signing, or neither is.
        return new()
        {
            Agreement = await store.InTransactionAsync(async () =>
            {
                var signed = await SaveAsync(agreement, null, context);
                await followUps.AfterSigningAsync(agreement, context.Caller(), context.CancellationToken);
                return signed;
            }, context.CancellationToken),
        };
    }

    public override async Task<BringIntoForceResponse> BringIntoForce(BringIntoForceRequest request, ServerCallContext context)
    {
        var date = AgreementRequests.Required(request.EffectiveDate, "effective_date");
        return new() { Agreement = await MoveAsync(request.Name, request.Etag, context, a => a.BringIntoForce(date)) };
    }

    public override async Task<AmendAgreementResponse> AmendAgreement(AmendAgreementRequest request, ServerCallContext context) =>
        new() { Agreement = await ReviseAsync(request.Name, request.Etag, context, (a, by) => a.Amend(request.EffectiveDate.ToDateOnly("effective_date"), request.Reason, request.Description, by)) };

    public override async Task<ExtendAgreementResponse> ExtendAgreement(ExtendAgreementRequest request, ServerCallContext context)
    {
        var date = AgreementRequests.Required(request.NewExpiryDate, "new_expiry_date");
        return new() { Agreement = await ReviseAsync(request.Name, request.Etag, context, (a, by) => a.Extend(date, request.Reason, by)) };
    }

    public override async Task<SuspendAgreementResponse> SuspendAgreement(SuspendAgreementRequest request, ServerCallContext context) =>
        new() { Agreement = await ReviseAsync(request.Name, request.Etag, context, (a, by) => a.Suspend(request.EffectiveDate.ToDateOnly("effective_date"), request.Reason, by)) };

    public override async Task<ResumeAgreementResponse> ResumeAgreement(ResumeAgreementRequest request, ServerCallContext context) =>
        new() { Agreement = await ReviseAsync(request.Name, request.Etag, context, (a, by) => a.Resume(request.EffectiveDate.ToDateOnly("effective_date"), request.Reason, by)) };

    public override async Task<TerminateAgreementResponse> TerminateAgreement(TerminateAgreementRequest request, ServerCallContext context) =>
        new() { Agreement = await ReviseAsync(request.Name, request.Etag, context, (a, by) => a.Terminate(request.EffectiveDate.ToDateOnly("effective_date"), request.Reason, by)) };

    public override async Task<SupersedeAgreementResponse> SupersedeAgreement(SupersedeAgreementRequest request, ServerCallContext context)
    {
        var successor = Domain.Directory.ResourceNames.ParseId(Model.CollectionName, request.Successor, "successor");
        return new() { Agreement = await ReviseAsync(request.Name, request.Etag, context, (a, by) => a.Supersede(successor, request.EffectiveDate.ToDateOnly("effective_date"), request.Reason, by)) };
    }

    public override async Task<ExpireAgreementResponse> ExpireAgreement(ExpireAgreementRequest request, ServerCallContext context) =>
        new() { Agreement = await ReviseAsync(request.Name, request.Etag, context, (a, by) => a.Expire(request.Reason, by)) };

    public override async Task<ListAgreementRevisionsResponse> ListAgreementRevisions(ListAgreementRevisionsRequest request, ServerCallContext context)
    {
        var agreement = await records.GetAsync(request.Parent, context, "parent");
        var page = await store.ListRevisionsAsync(agreement.Id, request.PageSize, request.PageToken, context.CancellationToken);
        return new()
        {
            Revisions = { page.Items.Select(r => r.Adapt<Contracts.V1.AgreementRevision>(mapping)) },
            NextPageToken = page.NextPageToken,
            TotalSize = page.TotalSize,
        };
    }

    /// <summary>A lifecycle move: the agreement for change (etag checked), moved, saved and mapped.</summary>
    private async Task<Contracts.V1.Agreement> MoveAsync(string name, string etag, ServerCallContext context, Action<Model> move)
    {
        var agreement = await records.ForChangeAsync(name, etag, context);
        move(agreement);
        return await SaveAsync(agreement, null, context);
    }

    /// <summary>A move that records a revision: who made it, when, why.</summary>
    private async Task<Contracts.V1.Agreement> ReviseAsync(
        string name, string etag, ServerCallContext context, Func<Model, RevisionAuthor, Domain.Agreements.AgreementRevision> revise)
    {
        var agreement = await records.ForChangeAsync(name, etag, context);
        return await SaveAsync(agreement, revise(agreement, Author(context)), context);
    }

    private RevisionAuthor Author(ServerCallContext context)
    {
        var caller = context.Caller();
        return new RevisionAuthor(caller.AgencyId, caller.ClientId, store.Now, HomeTime.Today(store.Now), caller.PersonId);
    }

    private async Task<Contracts.V1.Agreement> SaveAsync(Model agreement, Domain.Agreements.AgreementRevision? revision, ServerCallContext context)
    {
        if (revision is not null)
            store.AddPart(revision);
        return Map(await records.SaveAsync(agreement, context));
    }

    private Contracts.V1.Agreement Map(Model agreement) => agreement.Adapt<Contracts.V1.Agreement>(mapping);
}
