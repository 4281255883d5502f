namespace CoopRegistry.Domain.Agreements;

/// <summary>
/// The lifecycle: draft → in consultation → signed → in force → expired / terminated / superseded,
/// in force ⇄ suspended. Department and commune agreements may be signed straight from draft; a
/// province-level one (in the People's Committee's name) only after the Art. 19 consultation, with
/// every opinion in and, where a body disagreed, the Prime Minister's written consent. A move the
/// state does not allow is FAILED_PRECONDITION naming the state and the moves it allows.
/// </summary>
public sealed partial class Agreement
{
    /// <summary>The lifecycle methods each state allows (for error messages and documentation).</summary>
    public static readonly IReadOnlyDictionary<AgreementState, string[]> AllowedMoves = new Dictionary<AgreementState, string[]>
    {
        [AgreementState.Draft] = ["StartConsultation", "SignAgreement (department or commune level)"],
        [AgreementState.InConsultation] = ["RecordOpinion", "RecordPrimeMinisterConsent", "SignAgreement"],
        [AgreementState.Signed] = ["BringIntoForce", "AmendAgreement", "TerminateAgreement", "SupersedeAgreement"],
        [AgreementState.InForce] = ["AmendAgreement", "ExtendAgreement", "SuspendAgreement", "TerminateAgreement", "SupersedeAgreement", "ExpireAgreement"],
        [AgreementState.Suspended] = ["AmendAgreement", "ResumeAgreement", "TerminateAgreement", "SupersedeAgreement", "ExpireAgreement"],
        [AgreementState.Expired] = [],
        [AgreementState.Terminated] = [],
        [AgreementState.Superseded] = [],
    };

    public static string StateName(AgreementState state) => "AGREEMENT_STATE_" + System.Text.Json.JsonNamingPolicy.SnakeCaseUpper.ConvertName(state.ToString());

    public void StartConsultation(DateOnly dossierDate, IReadOnlyList<string> bodies, WorkingCalendar calendar)
    {
        DemandState("StartConsultation", AgreementState.Draft);
        var violations = new FieldViolations();
        if (bodies.Count == 0)
            violations.Add("bodies", "name at least one body asked for its opinion, e.g. agencies/vn-bo-ngoai-giao");
        for (var i = 0; i < bodies.Count; i++)
            if (bodies.Take(i).Contains(bodies[i]))
                violations.Add($"bodies[{i}]", $"agencies/{bodies[i]} is named twice");
        violations.ThrowIfAny();
        var due = calendar.AddWorkingDays(dossierDate, Consultation.OpinionWorkingDays);
        Consultation = new Consultation(dossierDate, [.. bodies.Select(b => new ConsultationOpinion(b, due, null, OpinionPosition.Awaited, null))], null);
        State = AgreementState.InConsultation;
    }

    public void RecordOpinion(string body, DateOnly receivedDate, OpinionPosition position, string? note)
    {
        DemandState("RecordOpinion", AgreementState.InConsultation);
        var consultation = Consultation!;
        var index = consultation.Opinions.FindIndex(o => o.Body == body);
        var violations = new FieldViolations();
        if (index < 0)
            violations.Add("body", $"agencies/{body} was not asked; asked: {string.Join(", ", consultation.Opinions.Select(o => "agencies/" + o.Body))}");
        if (position is not (OpinionPosition.Agrees or OpinionPosition.Disagrees))
            violations.Add("position", "must be OPINION_POSITION_AGREES or OPINION_POSITION_DISAGREES");
        if (receivedDate < consultation.DossierDate)
            violations.Add("received_date", $"{receivedDate:yyyy-MM-dd} is before the dossier date {consultation.DossierDate:yyyy-MM-dd}");
        violations.ThrowIfAny();
        var opinions = consultation.Opinions.ToList();
        opinions[index] = opinions[index] with { ReceivedDate = receivedDate, Position = position, Note = note };
        Consultation = consultation with { Opinions = opinions };
    }

    public void RecordPrimeMinisterConsent(DateOnly date, string reference)
    {
        DemandState("RecordPrimeMinisterConsent", AgreementState.InConsultation);
        var violations = new FieldViolations();
        if (string.IsNullOrWhiteSpace(reference))
            violations.Add("consent.reference", "is required: the document that gives the consent");
        if (date < Consultation!.DossierDate)
            violations.Add("consent.date", $"{date:yyyy-MM-dd} is before the dossier date {Consultation.DossierDate:yyyy-MM-dd}");
        violations.ThrowIfAny();
        Consultation = Consultation with { PrimeMinisterConsent = new PrimeMinisterConsent(date, reference.Trim()) };
    }

    /// <summary>Records the signing; the signatories given replace any recorded in the draft.</summary>
    public void Sign(DateOnly signingDate, string? place, IReadOnlyList<Signatory> signatories)
    {
        DemandState("SignAgreement", AgreementState.Draft, AgreementState.InConsultation);
        if (State == AgreementState.Draft && Level == AgreementLevel.Province)
            throw Refused("CONSULTATION_REQUIRED",
                "a province-level agreement (in the People's Committee's name) is signed only after the written opinions of Law 70/2020 Art. 19; call StartConsultation first");
        if (State == AgreementState.InConsultation)
        {
            var awaited = Consultation!.Opinions.Where(o => o.IsAwaited).Select(o => $"agencies/{o.Body} (due {o.DueDate:yyyy-MM-dd})").ToList();
            if (awaited.Count > 0)
                throw Refused("OPINIONS_AWAITED", $"opinions still awaited from {string.Join(", ", awaited)}");
            var disagreeing = Consultation.Opinions.Where(o => o.Position == OpinionPosition.Disagrees).Select(o => "agencies/" + o.Body).ToList();
            if (disagreeing.Count > 0 && Consultation.PrimeMinisterConsent is null)
                throw Refused("PRIME_MINISTER_CONSENT_MISSING",
                    $"{string.Join(", ", disagreeing)} disagreed: the Prime Minister's written consent is needed before signing (Art. 19); record it with RecordPrimeMinisterConsent");
        }
        var violations = new FieldViolations();
        if (signatories.Count == 0 && Signatories.Count == 0)
            violations.Add("signatories", "name at least one person who signed");
        if (Consultation is { } c && signingDate < c.DossierDate)
            violations.Add("signing_date", $"{signingDate:yyyy-MM-dd} is before the consultation dossier date {c.DossierDate:yyyy-MM-dd}");
        if (Consultation?.PrimeMinisterConsent is { } consent && Consultation.Opinions.Any(o => o.Position == OpinionPosition.Disagrees) && signingDate < consent.Date)
            violations.Add("signing_date", $"{signingDate:yyyy-MM-dd} is before the Prime Minister's consent of {consent.Date:yyyy-MM-dd}");
        violations.ThrowIfAny();
        SigningDate = signingDate;
        if (!string.IsNullOrWhiteSpace(place))
            SigningPlace = place.Trim();
        if (signatories.Count > 0)
            Signatories = [.. signatories];
        DemandValid(prefix: "");
        State = AgreementState.Signed;
    }

    public void BringIntoForce(DateOnly effectiveDate)
    {
        DemandState("BringIntoForce", AgreementState.Signed);
        EffectiveDate = effectiveDate;
        DemandValid(prefix: "");
        State = AgreementState.InForce;
    }

    public AgreementRevision Amend(DateOnly? effectiveDate, string? reason, string? description, RevisionAuthor author)
    {
        DemandState("AmendAgreement", AgreementState.Signed, AgreementState.InForce, AgreementState.Suspended);
        if (string.IsNullOrWhiteSpace(description))
            throw new InvalidArgumentException("description", "is required: say what the amendment changes");
        return Revise(RevisionKind.Amendment, effectiveDate, reason, description, author);
    }

    public AgreementRevision Extend(DateOnly newExpiryDate, string? reason, RevisionAuthor author)
    {
        DemandState("ExtendAgreement", AgreementState.InForce);
        if (ExpiryDate is { } current && newExpiryDate <= current)
            throw new InvalidArgumentException("new_expiry_date", $"{newExpiryDate:yyyy-MM-dd} is not after the current expiry date {current:yyyy-MM-dd}");
        var previous = ExpiryDate;
        ExpiryDate = newExpiryDate;
        DemandValid(prefix: "", renames: ("expiry_date", "new_expiry_date"));
        var description = previous is { } p ? $"expiry date {p:yyyy-MM-dd} → {newExpiryDate:yyyy-MM-dd}" : $"expiry date set to {newExpiryDate:yyyy-MM-dd}";
        return Revise(RevisionKind.Extension, author.Today, reason, description, author);
    }

    public AgreementRevision Suspend(DateOnly? effectiveDate, string? reason, RevisionAuthor author) =>
        Move("SuspendAgreement", [AgreementState.InForce], AgreementState.Suspended, RevisionKind.Suspension, effectiveDate, reason, author);

    public AgreementRevision Resume(DateOnly? effectiveDate, string? reason, RevisionAuthor author) =>
        Move("ResumeAgreement", [AgreementState.Suspended], AgreementState.InForce, RevisionKind.Resumption, effectiveDate, reason, author);

    public AgreementRevision Terminate(DateOnly? effectiveDate, string? reason, RevisionAuthor author) =>
        Move("TerminateAgreement", [AgreementState.Signed, AgreementState.InForce, AgreementState.Suspended], AgreementState.Terminated, RevisionKind.Termination, effectiveDate, reason, author);

    /// <summary>Superseded by <paramref name="successorId"/>, which must be another agreement (the store checks it exists).</summary>
    public AgreementRevision Supersede(string successorId, DateOnly? effectiveDate, string? reason, RevisionAuthor author)
    {
        DemandState("SupersedeAgreement", AgreementState.Signed, AgreementState.InForce, AgreementState.Suspended);
        if (successorId == Id)
            throw new InvalidArgumentException("successor", $"{ResourceName} cannot supersede itself");
        SuccessorId = successorId;
        return Move("SupersedeAgreement", [State], AgreementState.Superseded, RevisionKind.Supersession, effectiveDate, reason, author,
            $"superseded by {CollectionName}/{successorId}");
    }

    /// <summary>Expired, on or after the expiry date (in the home province's calendar).</summary>
    public AgreementRevision Expire(string? reason, RevisionAuthor author)
    {
        DemandState("ExpireAgreement", AgreementState.InForce, AgreementState.Suspended);
        if (ExpiryDate is not { } expiry)
            throw Refused("NO_EXPIRY_DATE", $"{ResourceName} has no expiry date; terminate it instead, or extend it to set one");
        if (author.Today < expiry)
            throw Refused("NOT_YET_EXPIRED", $"{ResourceName} expires on {expiry:yyyy-MM-dd}; today is {author.Today:yyyy-MM-dd}");
        return Move("ExpireAgreement", [State], AgreementState.Expired, RevisionKind.Expiry, expiry,
            string.IsNullOrWhiteSpace(reason) ? "expiry date reached" : reason, author);
    }

    private AgreementRevision Move(string method, AgreementState[] from, AgreementState to, RevisionKind kind, DateOnly? effectiveDate, string? reason, RevisionAuthor author, string? description = null)
    {
        DemandState(method, from);
        var revision = Revise(kind, effectiveDate ?? author.Today, reason, description, author);
        State = to;
        return revision;
    }

    private AgreementRevision Revise(RevisionKind kind, DateOnly? effectiveDate, string? reason, string? description, RevisionAuthor author)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new InvalidArgumentException("reason", "is required: say why");
        if (effectiveDate is { } date && SigningDate is { } signed && date < signed)
            throw new InvalidArgumentException("effective_date", $"{date:yyyy-MM-dd} is before the signing date {signed:yyyy-MM-dd}");
        RevisionCount++;
        return new AgreementRevision
        {
            AgreementId = Id,
            Number = RevisionCount,
            Kind = kind,
            EffectiveDate = effectiveDate,
            Reason = reason.Trim(),
            Description = description?.Trim(),
            RecordedByAgency = author.AgencyId,
            RecordedByClient = author.ClientId,
            RecordedByPerson = author.PersonId,
            CreateTime = author.Now,
        };
    }

    /// <summary>FAILED_PRECONDITION naming the current state and what it allows, unless the state is one of <paramref name="allowed"/>.</summary>
    private void DemandState(string method, params AgreementState[] allowed)
    {
        DemandNotWithdrawn();
        if (!allowed.Contains(State))
            throw Refused(State switch
            {
                AgreementState.Draft or AgreementState.InConsultation => "AGREEMENT_NOT_SIGNED",
                AgreementState.Expired or AgreementState.Terminated or AgreementState.Superseded => "AGREEMENT_ENDED",
                _ => "AGREEMENT_STATE_FORBIDS_MOVE",
            }, $"{method} is not allowed in {StateName(State)}; allowed: {Allowed()}; {method} needs {string.Join(" or ", allowed.Select(StateName))}");
    }

    private string Allowed() => AllowedMoves[State] is { Length: > 0 } moves ? string.Join(", ", moves) : "none (the agreement has ended)";

    private FailedPreconditionException Refused(string reason, string message) => new(reason, ResourceName, $"{ResourceName}: {message}");

    private void DemandValid(string prefix, params (string From, string To)[] renames)
    {
        var violations = AgreementRules.Check(this, prefix);
        if (violations.Count > 0)
            throw new InvalidArgumentException([.. violations.Select(v => renames.FirstOrDefault(r => r.From == v.Field) is { To: { } to } ? v with { Field = to } : v)]);
    }
}
