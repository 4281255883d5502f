using CoopRegistry.Domain.Agreements;
using CoopRegistry.Domain.Commitments;
using CoopRegistry.Domain.Deadlines;
using CoopRegistry.Domain.Events;
using CoopRegistry.Domain.Records;

namespace CoopRegistry.Testing.Generation;

/// <summary>
/// Generated agreements, events, commitments and their progress reports, streamed (never all in
/// memory) and deterministic: the same seed gives the same rows. Derived columns are set by the
/// domain's own rules (CommitmentRules.Normalize, RecordParties, the search document), as the
/// registry sets them on its own writes.
/// </summary>
internal sealed class DatasetRecords(DatasetSize size, DatasetDirectory directory, int seed, DateTime now)
{
    public const string Client = "generator";

    private static readonly DateOnly FirstDay = new(2023, 1, 1);
    private static readonly CooperationField[] Fields = Enum.GetValues<CooperationField>().Where(f => f != CooperationField.Unspecified).ToArray();

    public static string AgreementId(int i) => $"ga{i:0000000}";
    public static string EventId(int i) => $"ge{i:0000000}";
    public static string CommitmentId(int i) => $"gc{i:0000000}";

    /// <summary>Agreement i belongs to home province i mod n, so a commitment can find its source's province.</summary>
    private string HomeOf(int agreement) => directory.HomeProvinces[agreement % directory.HomeProvinces.Count];

    public IEnumerable<Agreement> Agreements()
    {
        var random = new Random(seed);
        for (var i = 0; i < size.Agreements; i++)
        {
            var home = HomeOf(i);
            var partner = Pick(random, directory.PartnerProvinces);
            var signed = FirstDay.AddDays(random.Next(1400));
            var agreement = Stamp(new Agreement
            {
                Id = AgreementId(i),
                HomeProvinceCode = home,
                Kind = (AgreementKind)random.Next(1, 4),
                Title = $"Biên bản ghi nhớ hợp tác về {Phrases.Objects[random.Next(Phrases.Objects.Length)]} giữa {home} và {partner}",
                Parties = [AgreementParty.Province(home), AgreementParty.Province(partner)],
                SigningDate = signed,
                EffectiveDate = signed,
                ExpiryDate = signed.AddYears(5),
                Fields = [Pick(random, Fields)],
                Level = AgreementLevel.Province,
                Confidentiality = Confidentiality.Public,
                State = random.Next(10) == 0 ? AgreementState.Expired : AgreementState.InForce,
            }, random);
            yield return agreement;
        }
    }

    public IEnumerable<CooperationEvent> Events()
    {
        var random = new Random(seed + 1);
        for (var i = 0; i < size.Events; i++)
        {
            var home = HomeOf(i);
            var start = FirstDay.AddDays(random.Next(1400));
            yield return Stamp(new CooperationEvent
            {
                Id = EventId(i),
                HomeProvinceCode = home,
                Kind = (EventKind)random.Next(1, 6),
                Title = $"{Phrases.Verbs[random.Next(Phrases.Verbs.Length)]} {Phrases.Objects[random.Next(Phrases.Objects.Length)]}",
                Summary = Phrases.Task(random),
                StartDate = start,
                EndDate = start.AddDays(random.Next(3)),
                Place = Phrases.Places[random.Next(Phrases.Places.Length)],
                PlaceProvinceCode = home,
                OrganiserId = Pick(random, directory.Departments[home]),
                ParticipatingProvinceCodes = [Pick(random, directory.PartnerProvinces)],
                Fields = [Pick(random, Fields)],
                State = start < DateOnly.FromDateTime(now) ? EventState.Held : EventState.Planned,
            }, random);
        }
    }

    /// <summary>Commitments with their progress reports (the reports collected through <paramref name="reports"/>).</summary>
    public IEnumerable<Commitment> Commitments(List<ProgressReport> reports)
    {
        var random = new Random(seed + 2);
        var today = DateOnly.FromDateTime(now);
        for (var i = 0; i < size.Commitments; i++)
        {
            var source = random.Next(size.Agreements);
            var home = HomeOf(source);
            var departments = directory.Departments[home];
            var lead = Pick(random, departments);
            var start = FirstDay.AddDays(random.Next(1300));
            var commitment = new Commitment
            {
                Id = CommitmentId(i),
                HomeProvinceCode = home,
                SourceCollection = RecordCollections.Agreements,
                SourceId = AgreementId(source),
                SourceSection = $"mục {random.Next(1, 9)}",
                LeadAgencyId = lead,
                CoordinatingAgencyIds = random.Next(3) == 0 ? [] : [Pick(random, departments)],
                ResponsiblePerson = "Giám đốc Sở",
                Task = Phrases.Task(random),
                Deliverable = "Báo cáo kết quả gửi UBND tỉnh",
                Deadline = DeadlineFor(random, start),
                ApprovingAuthorityId = null,
                KeyTask = random.Next(5) == 0,
                PartnerProvinceCodes = random.Next(2) == 0 ? [Pick(random, directory.PartnerProvinces)] : [],
                StartDate = start,
            };
            commitment.CoordinatingAgencyIds.Remove(lead);
            CommitmentRules.Normalize(commitment, today);
            AddProgress(commitment, random, reports, today);
            yield return Stamp(commitment, random);
        }
    }

    private static Deadline? DeadlineFor(Random random, DateOnly start) => random.Next(100) switch
    {
        < 65 => new Deadline.OnOrBefore(start.AddDays(random.Next(30, 720))),
        < 73 => new Deadline.Monthly(MonthlyDay.OnOrBefore, 25),
        < 83 => new Deadline.WithinQuarter(start.Year + 1, random.Next(1, 5)),
        < 90 => new Deadline.Ongoing(),
        _ => null,
    };

    /// <summary>0–4 reports of rising percentages; about a quarter of commitments done, a few cancelled.</summary>
    private void AddProgress(Commitment commitment, Random random, List<ProgressReport> reports, DateOnly today)
    {
        var count = random.Next(5);
        var percent = 0;
        var time = commitment.StartDate.ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc);
        for (var n = 1; n <= count && time < now; n++)
        {
            time = time.AddDays(random.Next(10, 90));
            if (time > now)
                break;
            percent = Math.Min(100, percent + random.Next(10, 40));
            var day = DateOnly.FromDateTime(time);
            reports.Add(new ProgressReport
            {
                CommitmentId = commitment.Id,
                Number = n,
                Narrative = $"Đã {Phrases.Verbs[random.Next(Phrases.Verbs.Length)].ToLowerInvariant()} theo kế hoạch",
                PercentComplete = percent,
                PeriodStart = day.AddDays(-30),
                PeriodEnd = day,
                ReporterAgencyId = commitment.LeadAgencyId,
                ReporterClientId = Client,
                ReportTime = time,
            });
            commitment.ReportCount = n;
            commitment.PercentComplete = percent;
            commitment.LastReportTime = time;
        }
        var roll = random.Next(100);
        if (roll < 25 && commitment.ReportCount > 0)
        {
            commitment.Lifecycle = CommitmentLifecycleState.Done;
            commitment.CompletionState = CompletionState.Accepted;
            commitment.CompletedDate = DateOnly.FromDateTime(commitment.LastReportTime!.Value) is var done && done <= today ? done : today;
            commitment.CompletionDecisionTime = commitment.LastReportTime;
            commitment.CompletionDecidedBy = commitment.LeadAgencyId;
            commitment.ClosedTime = commitment.LastReportTime;
        }
        else if (roll < 28)
        {
            commitment.Lifecycle = CommitmentLifecycleState.Cancelled;
            commitment.ClosingReason = "Không còn phù hợp";
            commitment.ClosedTime = now;
        }
    }

    private T Stamp<T>(T record, Random random) where T : RegistryRecord
    {
        RecordParties.Apply(record, RecordParties.AgenciesOf(record).Select(a => directory.AgencyProvince.GetValueOrDefault(a)).OfType<string>());
        record.RefreshSearchDocument();
        record.CreateTime = record.UpdateTime = now.AddDays(-random.Next(1, 700));
        record.CreatedByClient = record.UpdatedByClient = Client;
        return record;
    }

    private static TItem Pick<TItem>(Random random, IReadOnlyList<TItem> items) => items[random.Next(items.Count)];
}
