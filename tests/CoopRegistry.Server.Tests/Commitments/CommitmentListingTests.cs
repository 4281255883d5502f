using CoopRegistry.Contracts.V1;
using Google.Protobuf.WellKnownTypes;

namespace CoopRegistry.Server.Tests.Commitments;

/// <summary>
/// ListCommitments' filters through gRPC, on a dataset of its own, and the state computed from the
/// registry's clock: "no later than 30/6/2026" is overdue from 17:00:00Z on 30/6, not a second before.
/// </summary>
public class CommitmentListingTests(CommitmentRegistry registry) : IClassFixture<CommitmentRegistry>
{
    private static readonly DateTimeOffset JustBefore = new(2026, 6, 30, 16, 59, 59, TimeSpan.Zero);
    private static readonly DateTimeOffset Midnight = new(2026, 6, 30, 17, 0, 0, TimeSpan.Zero);

    private readonly CommitmentService.CommitmentServiceClient commitments = registry.Commitments;

    private sealed record Dataset(string Tag, Commitment Due30June, Commitment Before20May, Commitment Monthly, Commitment Incomplete, Commitment Tentative);

    private Dataset? dataset;

    /// <summary>Five commitments with a tag of their own (one set per test), so filters see only them.</summary>
    private async Task<Dataset> DatasetAsync()
    {
        if (dataset is not null)
            return dataset;
        registry.Clock.Now = CommitmentRegistry.Start;
        var tag = "listing-" + Guid.NewGuid().ToString("N")[..8];

        var due = registry.Complete("Báo cáo kết quả thông quan");
        due.Tags.Add(tag);
        due.KeyTask = true;
        due.PartnerProvinces.Add("provinces/KH-16");

        var before = registry.Complete("Hoàn thiện hồ sơ dự án");
        before.Tags.Add(tag);
        before.LeadAgency = "agencies/vn30-ban-quan-ly-khu-kinh-te";
        before.CoordinatingAgencies.Clear();
        before.CoordinatingAgencies.Add("agencies/vn30-so-cong-thuong");
        before.Deadline = new Deadline { Text = "trước ngày 20/5/2026" };

        var monthly = registry.Complete("Báo cáo tiến độ hằng tháng");
        monthly.Tags.Add(tag);
        monthly.Deadline = new Deadline { Text = "trước ngày 20 hằng tháng" };
        monthly.PartnerProvinces.Add("provinces/LA-AT");

        var incomplete = registry.Complete("Nghiên cứu mở tuyến vận tải");
        incomplete.Tags.Add(tag);
        incomplete.Deadline = null;
        incomplete.ApprovingAuthority = "";

        var tentative = registry.Complete("Đón đoàn Ratanakiri");
        tentative.Tags.Add(tag);
        tentative.Deadline = new Deadline { Text = "dự kiến trong tháng 6/2026" };

        dataset = new Dataset(tag, await registry.CreateAsync(due), await registry.CreateAsync(before), await registry.CreateAsync(monthly),
            await registry.CreateAsync(incomplete), await registry.CreateAsync(tentative));
        return dataset;
    }

    private async Task<List<string>> NamesAsync(string filter, string orderBy = "")
    {
        var data = await DatasetAsync();
        var response = await commitments.ListCommitmentsAsync(new ListCommitmentsRequest { Filter = $"tags:\"{data.Tag}\" AND ({filter})", OrderBy = orderBy, PageSize = 100 });
        return [.. response.Commitments.Select(c => c.Name)];
    }

    [Fact]
    public async Task Filters_by_lead_coordinating_agency_and_any_agency()
    {
        var data = await DatasetAsync();
        Assert.Equal([data.Before20May.Name], await NamesAsync("lead_agency = \"agencies/vn30-ban-quan-ly-khu-kinh-te\""));
        Assert.Equal([data.Before20May.Name], await NamesAsync("coordinating_agencies:\"agencies/vn30-so-cong-thuong\""));
        Assert.Equal(5, (await NamesAsync("agencies:\"agencies/vn30-so-cong-thuong\"")).Count);
        Assert.Equal(4, (await NamesAsync("coordinating_agencies:\"agencies/vn30-so-tai-chinh\"")).Count);
    }

    [Fact]
    public async Task Filters_by_partner_source_source_kind_key_task_and_recurring()
    {
        var data = await DatasetAsync();
        Assert.Equal([data.Due30June.Name], await NamesAsync("partner_province = \"provinces/KH-16\""));
        Assert.Equal(5, (await NamesAsync($"source = \"{registry.Directive}\"")).Count);
        Assert.Empty(await NamesAsync("source = \"directives/khac\""));
        Assert.Equal(5, (await NamesAsync("source_kind = directive")).Count);
        Assert.Empty(await NamesAsync("source_kind = agreement"));
        Assert.Equal([data.Due30June.Name], await NamesAsync("key_task = true"));
        Assert.Equal([data.Monthly.Name], await NamesAsync("recurring = true"));
    }

    [Fact]
    public async Task Filters_incomplete_ones_and_by_missing_element()
    {
        var data = await DatasetAsync();
        Assert.Equal([data.Incomplete.Name], await NamesAsync("incomplete = true"));
        Assert.Equal([data.Incomplete.Name], await NamesAsync("missing_elements:AUTHORITY"));
        Assert.Equal([data.Incomplete.Name], await NamesAsync("missing_elements:TIME"));
        Assert.Equal([data.Incomplete.Name], await NamesAsync("missing_elements:SIX_CLEARS_ELEMENT_AUTHORITY"));
        Assert.Empty(await NamesAsync("missing_elements:PERSON"));
        Assert.Equal(4, (await NamesAsync("incomplete = false")).Count);
    }

    [Fact]
    public async Task Filters_and_orders_by_due_date()
    {
        var data = await DatasetAsync();
        Assert.Equal([data.Before20May.Name], await NamesAsync("due_date < 2026-06-01"));
        Assert.Equal(new[] { data.Due30June.Name, data.Tentative.Name }.Order(), (await NamesAsync("due_date = 2026-06-30")).Order());
        var ordered = await NamesAsync("due_date:*", "due_date desc");
        Assert.Equal(3, ordered.Count);
        Assert.Equal(data.Before20May.Name, ordered[^1]);
    }

    [Fact]
    public async Task The_state_is_computed_from_the_clock_in_sql()
    {
        var data = await DatasetAsync();
        registry.Clock.Now = new DateTimeOffset(2026, 5, 19, 16, 59, 59, TimeSpan.Zero);
        Assert.Empty(await NamesAsync("state = COMMITMENT_STATE_OVERDUE"));
        Assert.Equal(5, (await NamesAsync("state = COMMITMENT_STATE_NOT_STARTED")).Count);

        // 00:00 on 20/5 local: "before 20/5" is late.
        registry.Clock.Now = new DateTimeOffset(2026, 5, 19, 17, 0, 0, TimeSpan.Zero);
        Assert.Equal([data.Before20May.Name], await NamesAsync("state = COMMITMENT_STATE_OVERDUE"));

        // Long after: the firm ones are overdue; the monthly, tentative and undated ones never as a whole.
        registry.Clock.Now = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var overdue = await NamesAsync("state = COMMITMENT_STATE_OVERDUE");
        Assert.Equal(new[] { data.Before20May.Name, data.Due30June.Name }.Order(), overdue.Order());
        Assert.Equal(3, (await NamesAsync("state != COMMITMENT_STATE_OVERDUE")).Count);
        registry.Clock.Now = CommitmentRegistry.Start;
    }

    [Fact]
    public async Task The_overdue_edge_is_17_00_UTC_on_30_June_through_the_service()
    {
        var data = await DatasetAsync();
        registry.Clock.Now = JustBefore;
        var before = (await commitments.GetCommitmentAsync(new GetCommitmentRequest { Name = data.Due30June.Name })).Commitment;
        Assert.Equal(CommitmentState.NotStarted, before.State);
        Assert.DoesNotContain(data.Due30June.Name, await NamesAsync("state = COMMITMENT_STATE_OVERDUE"));

        registry.Clock.Now = Midnight;
        var after = (await commitments.GetCommitmentAsync(new GetCommitmentRequest { Name = data.Due30June.Name })).Commitment;
        Assert.Equal(CommitmentState.Overdue, after.State);
        Assert.Contains(data.Due30June.Name, await NamesAsync("state = COMMITMENT_STATE_OVERDUE"));
        Assert.Equal(Timestamp.FromDateTimeOffset(Midnight), after.Deadline.OverdueTime);
        registry.Clock.Now = CommitmentRegistry.Start;
    }

    [Fact]
    public async Task Overdue_on_a_day_means_at_the_end_of_that_local_day_whatever_the_clock()
    {
        var data = await DatasetAsync();
        registry.Clock.Now = CommitmentRegistry.Start;
        Assert.Empty(await NamesAsync("overdue_on = 2026-05-19"));
        Assert.Equal([data.Before20May.Name], await NamesAsync("overdue_on = 2026-05-20"));
        Assert.Equal([data.Before20May.Name], await NamesAsync("overdue_on = 2026-06-30"));
        Assert.Equal(2, (await NamesAsync("overdue_on = 2026-07-01")).Count);
    }

    [Fact]
    public async Task Bad_filter_values_are_invalid_argument_on_filter()
    {
        await DatasetAsync();
        var violation = await RpcAssert.InvalidFieldAsync("filter", async () => await commitments.ListCommitmentsAsync(new ListCommitmentsRequest { Filter = "overdue_on = \"hôm qua\"" }));
        Assert.Contains("2026-07-01", violation.Description);
        await RpcAssert.InvalidFieldAsync("filter", async () => await commitments.ListCommitmentsAsync(new ListCommitmentsRequest { Filter = "source_kind = province" }));
        await RpcAssert.InvalidFieldAsync("filter", async () => await commitments.ListCommitmentsAsync(new ListCommitmentsRequest { Filter = "state = LATE" }));
    }

    [Fact]
    public async Task Created_within_a_time_range()
    {
        var data = await DatasetAsync();
        Assert.Equal(5, (await NamesAsync("create_time >= 2026-05-12T00:00:00Z AND create_time < 2026-05-13T00:00:00Z")).Count);
        Assert.Empty(await NamesAsync("create_time < 2026-05-12T00:00:00Z"));
        Assert.NotNull(data);
    }
}
