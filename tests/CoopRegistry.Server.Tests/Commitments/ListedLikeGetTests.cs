using System.Collections;
using CoopRegistry.Contracts.V1;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Npgsql;
using static CoopRegistry.Server.Tests.Commitments.LifecycleFixture;

namespace CoopRegistry.Server.Tests.Commitments;

/// <summary>
/// A listed commitment is what Get answers for it, field for field: a list reads fewer columns than
/// Get (Data's ListColumns), so a column a List answer shows that a narrower read left out would
/// differ here. The commitments between them set every field of the message (and of its source,
/// committing party and completion), or the comparison would prove nothing for that field.
/// </summary>
public class ListedLikeGetTests(LifecycleFixture registry) : LifecycleTestBase(registry), IClassFixture<LifecycleFixture>
{
    private const string Tag = "listed-like-get";

    // Computed or stored whole as one column (the deadline and sources are jsonb): compared, not walked into.
    private static readonly HashSet<string> Leaves = ["Deadline", "Occurrence", "SourceReference", "Timestamp", "Date"];

    [Fact]
    public async Task A_listed_commitment_is_its_Get_in_every_field_a_list_shows()
    {
        var listed = await ListedAsync($"tags:\"{Tag}\"");
        Assert.Equal(4, listed.Count);
        foreach (var commitment in listed)
            Assert.Equal((await auditor.GetCommitmentAsync(new GetCommitmentRequest { Name = commitment.Name })).Commitment, commitment);
        var unset = Unset(Contracts.V1.Commitment.Descriptor, listed.Cast<IMessage>().ToList(), "");
        Assert.True(unset.Count == 0, "no listed commitment sets " + string.Join(", ", unset));
        // A search reads its page the same way.
        var searched = await ListedAsync($"tags:\"{Tag}\" AND \"thong quan\"");
        Assert.Equal(listed.Where(c => c.Task.Contains("thông quan", StringComparison.OrdinalIgnoreCase)).Select(c => c.Name).Order(), searched.Select(c => c.Name).Order());
        Assert.All(searched, c => Assert.Equal(listed.Single(l => l.Name == c.Name), c));
    }

    private async Task<List<Commitment>> ListedAsync(string filter)
    {
        await DatasetAsync();
        return [.. (await auditor.ListCommitmentsAsync(new ListCommitmentsRequest { Filter = filter, PageSize = 100 })).Commitments];
    }

    private bool created;

    /// <summary>Four commitments that between them set every field: recurring with reports and a completion asked for, cancelled, returned, incomplete.</summary>
    private async Task DatasetAsync()
    {
        if (created)
            return;
        created = true;
        Registry.Clock.Now = At("2026-05-12T03:00:00Z");
        var monthly = Commitment(MonthlyBefore(20), Tag);
        monthly.Description = "Báo cáo hằng tháng về thông quan";
        monthly.KeyTask = true;
        monthly.PartnerProvinces.Add("provinces/KH-16");
        monthly.CommittingParty = new CommittingParty { Province = "provinces/KH-16" };
        monthly.StartDate = Day(2026, 3, 1);
        monthly.EndDate = Day(2026, 12, 31);
        monthly.Sources.Add(new SourceReference { Document = "bien-ban.txt", Section = "mục 3", Kind = SourceKind.Document });
        var recurring = await CreateWithAsync(monthly);
        await lead.ReportProgressAsync(Progress(recurring, 40));
        await lead.RequestCompletionAsync(new RequestCompletionRequest
        {
            Name = recurring.Name,
            CompletedDate = Day(2026, 5, 11),
            Note = "Đã gửi báo cáo",
            Evidence = { "https://gialai.gov.vn/bao-cao/2" },
        });

        var enterprise = Commitment(OnOrBefore(2026, 6, 30), Tag, "Khảo sát tuyến vận tải");
        enterprise.CommittingParty = new CommittingParty { Enterprise = "Công ty CP Vận tải Gia Lai" };
        var cancelled = await CreateWithAsync(enterprise);
        await focal.CancelCommitmentAsync(new CancelCommitmentRequest { Name = cancelled.Name, Reason = "Không còn cần thiết" });

        var agencyParty = Commitment(OnOrBefore(2026, 6, 30), Tag, "Thông quan hàng nông sản");
        agencyParty.CommittingParty = new CommittingParty { Agency = "agencies/vn30-so-tai-chinh" };
        var returned = await CreateWithAsync(agencyParty);
        await lead.RequestCompletionAsync(new RequestCompletionRequest { Name = returned.Name, CompletedDate = Day(2026, 5, 11) });
        await authority.ReturnCompletionAsync(new ReturnCompletionRequest { Name = returned.Name, Reason = "Thiếu số liệu" });

        var incomplete = Commitment(OnOrBefore(2026, 6, 30), Tag, "Nghiên cứu mở tuyến");
        incomplete.Deadline = null;
        incomplete.ApprovingAuthority = "";
        await CreateWithAsync(incomplete);

        // Set only by the registry itself (a follow-up under a law) or by a person's decision: written here directly.
        await using var connection = new NpgsqlConnection(Registry.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "UPDATE registry.commitments SET statutory_basis = 'Luật 70/2020/QH14 Điều 19', completion_decided_by_person = 'nguyen.van.an' WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", returned.Name["commitments/".Length..]);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private async Task<Commitment> CreateWithAsync(Commitment commitment) =>
        (await focal.CreateCommitmentAsync(new CreateCommitmentRequest { Commitment = commitment, RequestId = Guid.NewGuid().ToString() })).Commitment;

    /// <summary>The fields (paths) that none of <paramref name="messages"/> sets, walking into the messages a commitment's columns fill.</summary>
    private static List<string> Unset(MessageDescriptor descriptor, List<IMessage> messages, string prefix)
    {
        var unset = new List<string>();
        foreach (var field in descriptor.Fields.InDeclarationOrder())
        {
            var values = messages.Select(m => field.Accessor.GetValue(m)).ToList();
            var path = prefix + field.Name;
            if (!values.Any(IsSet))
                unset.Add(path);
            else if (field.FieldType == FieldType.Message && !field.IsRepeated && !Leaves.Contains(field.MessageType.Name))
                unset.AddRange(Unset(field.MessageType, values.OfType<IMessage>().ToList(), path + "."));
        }
        return unset;
    }

    private static bool IsSet(object? value) => value switch
    {
        null => false,
        string text => text.Length > 0,
        IList list => list.Count > 0,
        bool flag => flag,
        int number => number != 0,
        Enum member => Convert.ToInt32(member, System.Globalization.CultureInfo.InvariantCulture) != 0,
        _ => true,
    };
}
