using CoopRegistry.Contracts.V1;
using CoopRegistry.Server.Tests.Commitments;

namespace CoopRegistry.Server.Tests.Audit;

/// <summary>
/// A person's writes name them, beside the client they came through: in the audit entry (inside
/// the hash), the progress report and the completion decision. The chain of system entries (v1)
/// and person entries (v2) verifies as one, and a person taken off an entry breaks it.
/// </summary>
public class PersonInAuditTests(CommitmentRegistry registry) : IClassFixture<CommitmentRegistry>
{
    private static readonly Domain.Access.Caller An = TestCallers.PersonOfForeignAffairs;

    // The lead agency's officer, who reports on Industry and Trade's commitment.
    private static readonly Domain.Access.Caller Binh = TestCallers.Department with { ClientId = "coop-cli", PersonId = "tran.thi.binh", PersonName = "Trần Thị Bình" };

    [Fact]
    public async Task A_persons_change_names_them_in_the_audit_entry_and_the_record()
    {
        var person = registry.Client(An);
        var created = (await person.CreateCommitmentAsync(new CreateCommitmentRequest
        {
            Commitment = registry.Complete($"Nhiệm vụ của cán bộ {Guid.NewGuid():N}"),
            RequestId = Guid.NewGuid().ToString(),
        })).Commitment;
        var report = (await registry.Client(Binh).ReportProgressAsync(new ReportProgressRequest
        {
            Name = created.Name,
            Report = new ProgressReport { Narrative = "Đã làm việc với Sở Công Thương", PercentComplete = 10 },
        })).Report;
        Assert.Equal((Binh.PersonId, Binh.ClientId), (report.ReporterPerson, report.ReporterClient));

        var history = await registry.Auditor().GetRecordHistoryAsync(new GetRecordHistoryRequest { Name = created.Name });
        var entry = Assert.Single(history.Entries, e => e.Record == created.Name && e.Change == AuditLogEntry.Types.Change.Created);
        Assert.Equal((An.PersonId, An.ClientId), (entry.Person, entry.Client));
        var listed = await registry.Auditor().ListAuditEntriesAsync(new ListAuditEntriesRequest { PageSize = 1000 });
        Assert.Contains(listed.Entries, e => e.Record == report.Name && e.Person == Binh.PersonId);
        // System writes keep naming only their client.
        Assert.Contains(listed.Entries, e => e.Person.Length == 0);
        var theirs = await registry.Auditor().ListAuditEntriesAsync(new ListAuditEntriesRequest { Person = An.PersonId, PageSize = 1000 });
        Assert.NotEmpty(theirs.Entries);
        Assert.All(theirs.Entries, e => Assert.Equal(An.PersonId, e.Person));

        await registry.AssertIntactAsync();
    }

    [Fact]
    public async Task Taking_the_person_off_an_entry_breaks_the_chain_there()
    {
        await registry.Client(An).CreateCommitmentAsync(new CreateCommitmentRequest
        {
            Commitment = registry.Complete($"Nhiệm vụ bị sửa {Guid.NewGuid():N}"),
            RequestId = Guid.NewGuid().ToString(),
        });
        await registry.AssertIntactAsync();
        var sequence = (await registry.EntriesAsync()).Last(e => e.PersonId == An.PersonId).Sequence;
        await registry.TamperAsync($"UPDATE registry.audit_entries SET person_id = NULL WHERE sequence = {sequence}");
        await registry.AssertBrokenAtAsync(sequence, ChainFault.HashMismatch);
    }
}
