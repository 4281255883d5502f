using CoopRegistry.Data.Records;
using CoopRegistry.Domain.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Contract = CoopRegistry.Contracts.V1;
using Model = CoopRegistry.Domain.Directives.Directive;

namespace CoopRegistry.Server.Tests.Directives;

/// <summary>
/// A number taken by another writer after the service's own uniqueness check (a race) is ABORTED
/// from the store, not INTERNAL from the unique index: retried, the check answers ALREADY_EXISTS.
/// </summary>
public class DirectiveNumberRaceTests(RegistryFixture registry) : IClassFixture<RegistryFixture>
{
    [Fact]
    public async Task A_unique_number_taken_between_check_and_save_is_aborted_and_nothing_changes()
    {
        var directives = new Contract.DirectiveService.DirectiveServiceClient(registry.Channel);
        var number = $"{Random.Shared.Next(1000, 9999)}/TB-UBND";
        Contract.Directive New(string subject, string num) => new()
        {
            Kind = Contract.DirectiveKind.ConclusionNotice,
            Number = num,
            IssueDate = new Google.Type.Date { Year = 2025, Month = 9, Day = 10 },
            Issuer = "agencies/vn30-ubnd",
            Subject = subject,
            Sources = { new Contract.SourceReference { Document = "test", Section = "race" } },
        };
        await directives.CreateDirectiveAsync(new Contract.CreateDirectiveRequest { Directive = New("Thông báo thứ nhất", number) });
        var second = (await directives.CreateDirectiveAsync(new Contract.CreateDirectiveRequest { Directive = New("Thông báo thứ hai", "") })).Directive;
        var id = second.Name["directives/".Length..];

        // The second writer saves the first one's number without the service's check, as a racing writer would.
        await using var scope = registry.Factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<RecordStore>();
        var record = await store.GetForChangeAsync<Model>(Model.CollectionName, id, second.Etag, TestCallers.ForeignAffairs, CancellationToken.None);
        record.Number = number;
        record.Validate();

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(record, TestCallers.ForeignAffairs, CancellationToken.None));
        await using var db = registry.CreateContext();
        Assert.Equal("", (await db.Set<Model>().SingleAsync(d => d.Id == id)).Number);
    }
}
