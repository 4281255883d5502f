using System.Text.RegularExpressions;
using CoopRegistry.Contracts.V1;
using CoopRegistry.Data.Records;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CoopRegistry.Server.Tests.Hardening;

/// <summary>
/// Issue 20: an etag says "this version of this record" and nothing more. It is not PostgreSQL's
/// transaction counter (which moves with every write, hidden ones included) but a seal of the
/// record's name and row version under the server's key; so records written in one transaction
/// have unrelated etags, writes a caller cannot see change nothing it reads, and If-Match works as before.
/// </summary>
public partial class EtagSecrecyTests(HardeningRegistry registry) : IClassFixture<HardeningRegistry>
{
    [GeneratedRegex("^\"[A-Za-z0-9_-]{22}\"$")]
    private static partial Regex Sealed();

    [Theory]
    [InlineData("manage")]
    [InlineData("audit")]
    [InlineData("partner")]
    public async Task An_etag_is_a_seal_of_name_and_version_and_hidden_writes_elsewhere_leave_it_alone(string role)
    {
        var manager = new AgreementService.AgreementServiceClient(registry.Channel);
        var shown = (await manager.CreateAgreementAsync(new CreateAgreementRequest
        {
            Agreement = Agreements.Agreements.New("Thỏa thuận với Ratanakiri (etag)"),
            RequestId = Guid.NewGuid().ToString(),
        })).Agreement;
        var client = new AgreementService.AgreementServiceClient(registry.ChannelFor(TestCallers.ByRole[role]));

        var before = (await client.GetAgreementAsync(new GetAgreementRequest { Name = shown.Name })).Agreement.Etag;
        var version = await VersionAsync(shown.Name);
        Assert.Matches(Sealed(), before);
        Assert.DoesNotContain(version.ToString(System.Globalization.CultureInfo.InvariantCulture), before, StringComparison.Ordinal);
        Assert.Equal(registry.Factory.Services.GetRequiredService<EtagSeal>().Of(shown.Name, version), before);

        // Lạng Sơn writes records Ratanakiri may not see: the database's counter moves on.
        await HiddenWritesAsync(3);
        var after = (await client.GetAgreementAsync(new GetAgreementRequest { Name = shown.Name })).Agreement;
        Assert.Equal(before, after.Etag);
        Assert.Equal(before, (await client.ListAgreementsAsync(new ListAgreementsRequest { PageSize = 1000 })).Agreements.Single(a => a.Name == shown.Name).Etag);

        // If-Match keeps working: the current etag updates, the one before it is ABORTED.
        var updated = (await manager.UpdateAgreementAsync(new UpdateAgreementRequest
        {
            Agreement = new Agreement { Name = shown.Name, Title = "Thỏa thuận với Ratanakiri (etag, sửa)", Etag = before },
            UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "title" } },
        })).Agreement;
        Assert.Matches(Sealed(), updated.Etag);
        Assert.NotEqual(before, updated.Etag);
        var stale = await Assert.ThrowsAsync<RpcException>(() => manager.UpdateAgreementAsync(new UpdateAgreementRequest
        {
            Agreement = new Agreement { Name = shown.Name, Title = "lỗi thời", Etag = before },
            UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "title" } },
        }).ResponseAsync);
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
    }

    [Fact]
    public async Task Records_written_in_one_transaction_share_a_row_version_but_not_an_etag()
    {
        var manager = new AgreementService.AgreementServiceClient(registry.Channel);
        var names = new List<string>();
        for (var i = 0; i < 2; i++)
            names.Add((await manager.CreateAgreementAsync(new CreateAgreementRequest
            {
                Agreement = Agreements.Agreements.New($"Cùng một giao dịch {i}"),
                RequestId = Guid.NewGuid().ToString(),
            })).Agreement.Name);
        // One statement, one transaction, straight in the database as its owner: both rows get the same xmin.
        await using (var connection = new NpgsqlConnection(registry.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("UPDATE registry.agreements SET summary = summary || '.' WHERE id = ANY(@ids)", connection);
            command.Parameters.AddWithValue("ids", names.Select(n => n["agreements/".Length..]).ToArray());
            await command.ExecuteNonQueryAsync();
        }
        Assert.Equal(await VersionAsync(names[0]), await VersionAsync(names[1]));
        var etags = new List<string>();
        foreach (var name in names)
            etags.Add((await manager.GetAgreementAsync(new GetAgreementRequest { Name = name })).Agreement.Etag);
        Assert.NotEqual(etags[0], etags[1]);
    }

    private async Task HiddenWritesAsync(int count)
    {
        var langSon = new AgreementService.AgreementServiceClient(registry.ChannelFor(TestCallers.LangSonAdministrator));
        for (var i = 0; i < count; i++)
        {
            var draft = Agreements.Agreements.New($"Thỏa thuận của Lạng Sơn {i}", "provinces/CN-GX");
            draft.Parties[0].Province = "provinces/VN-09";
            await langSon.CreateAgreementAsync(new CreateAgreementRequest { Agreement = draft, RequestId = Guid.NewGuid().ToString() });
        }
    }

    private async Task<uint> VersionAsync(string name)
    {
        await using var connection = new NpgsqlConnection(registry.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT xmin::text::bigint FROM registry.agreements WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", name["agreements/".Length..]);
        return (uint)(long)(await command.ExecuteScalarAsync())!;
    }
}
