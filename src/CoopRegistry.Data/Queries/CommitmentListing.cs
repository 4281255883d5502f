namespace CoopRegistry.Data.Queries;

/// <summary>
/// ListCommitments' filter and order_by (commitment_service.proto). The schema depends on the
/// instant of the call: `state` is computed in SQL from the stored lifecycle, the deadline facts
/// and <c>now</c> (<see cref="CommitmentStatus.Expression"/>), never read from a stale column.
/// `overdue_on = D` is "overdue at the end of local day D"; `source` is the source record's name
/// and `source_kind` its kind (agreement, plan, event, directive).
/// </summary>
public static class CommitmentListing
{
    private static readonly Dictionary<string, string> SourceKinds = new(StringComparer.Ordinal)
    {
        ["agreement"] = RecordCollections.Agreements,
        ["plan"] = RecordCollections.Plans,
        ["event"] = RecordCollections.Events,
        ["directive"] = RecordCollections.Directives,
    };

    /// <summary>"6 rõ" elements by their contract names and, as the contract's example writes them, without the prefix (`missing_elements: AUTHORITY`).</summary>
    private static readonly IReadOnlyDictionary<string, SixClearsElement> ElementNames = ContractEnumNames.For<SixClearsElement>("SIX_CLEARS_ELEMENT_")
        .SelectMany(pair => new[] { pair, KeyValuePair.Create(pair.Key["SIX_CLEARS_ELEMENT_".Length..], pair.Value) })
        .ToDictionary(StringComparer.Ordinal);

    /// <summary>The schema as of <paramref name="now"/> (UTC).</summary>
    public static ListSchema<Commitment> Schema(DateTime now) => Fixed.Extend()
        .Enum("state", Nullable(CommitmentStatus.Expression(now)), StateNames, orderable: false);

    private static readonly IReadOnlyDictionary<string, CommitmentState> StateNames = ContractEnumNames.For<CommitmentState>("COMMITMENT_STATE_");

    /// <summary>Every field but the state, which depends on the call's instant: built (and its sort readers compiled) once.</summary>
    private static readonly ListSchema<Commitment> Fixed = new ListSchema<Commitment>("name", c => c.Id)
        .ResourceName("lead_agency", c => c.LeadAgencyId, Agency.Collection, orderable: false)
        .TextList("coordinating_agencies", c => c.CoordinatingAgencyIds, Agency.Collection)
        .TextList("agencies", c => c.AgencyIds, Agency.Collection)
        .TextList("partner_province", c => c.PartnerProvinceCodes, Province.Collection)
        .Condition("source", "a quoted record name such as \"directives/{id}\" (an agreement, plan, event or directive)", Source)
        .Condition("source_kind", "agreement, plan, event or directive", SourceKind)
        .ResourceName("home_province", c => c.HomeProvinceCode, Province.Collection, orderable: false)
        .Boolean("key_task", c => c.KeyTask)
        .TextList("tags", c => c.Tags)
        .Date("due_date", c => c.DueDate)
        .Condition("overdue_on", "a date written as 2026-07-01", OverdueOn)
        .Boolean("incomplete", c => c.MissingElements.Count > 0)
        .EnumList("missing_elements", c => c.MissingElements, ElementNames)
        .Boolean("recurring", c => c.Recurring)
        .Text("task", c => c.Task)
        .Timestamp("create_time", c => c.CreateTime)
        .Search(c => c.SearchKey);

    /// <summary>Filters, orders and pages <paramref name="visible"/> (already narrowed to what the caller may see) as of <paramref name="now"/>.</summary>
    public static Task<Page<Commitment>> ListAsync(
        IQueryable<Commitment> visible, DateTime now, int pageSize, string? pageToken, string? filter, string? orderBy, CancellationToken cancellationToken) =>
        visible.ToPageAsync(Schema(now), new ListRequest(pageSize, pageToken, filter, orderBy), cancellationToken);

    private static Expression<Func<Commitment, bool>>? Source(FilterLiteral value)
    {
        var slash = value.Text.IndexOf('/');
        if (!value.Quoted || slash <= 0 || slash == value.Text.Length - 1 || value.Text.IndexOf('/', slash + 1) >= 0)
            return null;
        var (collection, id) = (value.Text[..slash], value.Text[(slash + 1)..]);
        if (!CommitmentRules.SourceCollections.Contains(collection))
            return null;
        return c => c.SourceCollection == collection && c.SourceId == id;
    }

    private static Expression<Func<Commitment, bool>>? SourceKind(FilterLiteral value) =>
        SourceKinds.TryGetValue(value.Text.ToLowerInvariant(), out var collection) ? c => c.SourceCollection == collection : null;

    private static Expression<Func<Commitment, bool>>? OverdueOn(FilterLiteral value)
    {
        if (value.Quoted || !DateOnly.TryParseExact(value.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return null;
        var endOfDay = LocalDays.StartOf(day.AddDays(1), HomeTime.Zone).UtcDateTime;
        return CommitmentStatus.OverdueOn(day, endOfDay);
    }

    private static Expression<Func<Commitment, CommitmentState?>> Nullable(Expression<Func<Commitment, CommitmentState>> state) =>
        Expression.Lambda<Func<Commitment, CommitmentState?>>(Expression.Convert(state.Body, typeof(CommitmentState?)), state.Parameters);
}
