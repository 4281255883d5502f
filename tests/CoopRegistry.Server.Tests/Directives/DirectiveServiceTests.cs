using CoopRegistry.Contracts.V1;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Microsoft.EntityFrameworkCore;
using Date = Google.Type.Date;

namespace CoopRegistry.Server.Tests.Directives;

public class DirectiveServiceTests(RegistryFixture registry) : DirectiveTestBase(registry), IClassFixture<RegistryFixture>
{
    [Fact]
    public async Task Creates_gets_and_updates_a_directive()
    {
        var created = await CreateAsync(Notice(number: $"{Random.Shared.Next(1000, 9999)}/TB-UBND"));

        Assert.StartsWith("directives/vn-30-d", created.Name);
        Assert.Equal(("provinces/VN-30", "agencies/vn30-ubnd"), (created.HomeProvince, created.Issuer));
        Assert.Equal(new Date { Year = 2025, Month = 9, Day = 10 }, created.IssueDate);
        Assert.NotEmpty(created.Etag);
        Assert.NotNull(created.CreateTime);
        Assert.Null(created.DeleteTime);
        Assert.Empty(created.LinkedRecords);
        Assert.Equal("§1", Assert.Single(created.Sources).Section);

        var fetched = (await directives.GetDirectiveAsync(new GetDirectiveRequest { Name = created.Name })).Directive;
        Assert.Equal(created, fetched);

        var change = new Directive { Name = created.Name, Etag = created.Etag, Summary = "Tóm tắt mới", Kind = DirectiveKind.Instruction };
        var updated = (await directives.UpdateDirectiveAsync(new UpdateDirectiveRequest { Directive = change, UpdateMask = new FieldMask { Paths = { "summary" } } })).Directive;
        Assert.Equal("Tóm tắt mới", updated.Summary);
        Assert.Equal(DirectiveKind.ConclusionNotice, updated.Kind);
        Assert.Equal(created.Subject, updated.Subject);
        Assert.NotEqual(created.Etag, updated.Etag);
    }

    [Fact]
    public async Task A_stale_etag_is_aborted_and_overwrites_nothing()
    {
        var created = await CreateAsync(Notice());
        var first = new Directive { Name = created.Name, Etag = created.Etag, Subject = "Trích yếu thứ nhất" };
        await directives.UpdateDirectiveAsync(new UpdateDirectiveRequest { Directive = first, UpdateMask = new FieldMask { Paths = { "subject" } } });

        var stale = new Directive { Name = created.Name, Etag = created.Etag, Subject = "Trích yếu cũ" };
        await RpcAssert.FailsAsync(StatusCode.Aborted, async () =>
            await directives.UpdateDirectiveAsync(new UpdateDirectiveRequest { Directive = stale, UpdateMask = new FieldMask { Paths = { "subject" } } }));
        await RpcAssert.FailsAsync(StatusCode.Aborted, async () =>
            await directives.DeleteDirectiveAsync(new DeleteDirectiveRequest { Name = created.Name, Etag = created.Etag, Reason = "nhầm" }));

        var now = (await directives.GetDirectiveAsync(new GetDirectiveRequest { Name = created.Name })).Directive;
        Assert.Equal("Trích yếu thứ nhất", now.Subject);
        Assert.Null(now.DeleteTime);
    }

    [Fact]
    public async Task A_retried_create_returns_the_first_directive_and_creates_nothing()
    {
        var request = new CreateDirectiveRequest { Directive = Notice(subject: "Thông báo thử lại " + Guid.NewGuid()), RequestId = Guid.NewGuid().ToString() };
        var first = (await directives.CreateDirectiveAsync(request)).Directive;
        var retry = (await directives.CreateDirectiveAsync(request)).Directive;

        Assert.Equal(first.Name, retry.Name);
        Assert.Equal(first.Etag, retry.Etag);
        await using var db = Registry.CreateContext();
        Assert.Equal(1, await db.Set<Domain.Directives.Directive>().CountAsync(d => d.Subject == first.Subject));
    }

    [Fact]
    public async Task Bad_input_is_invalid_argument_naming_every_field()
    {
        var status = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, async () => await directives.CreateDirectiveAsync(new CreateDirectiveRequest
        {
            Directive = new Directive { Issuer = "vn30-ubnd", IssueDate = new Date { Year = 2025, Month = 2, Day = 30 } },
        }));
        var fields = status.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field).Order().ToList();
        Assert.Equal(["directive.issue_date", "directive.issuer", "directive.kind", "directive.subject"], fields);

        var unknown = Notice();
        unknown.Issuer = "agencies/nobody";
        await RpcAssert.InvalidFieldAsync("directive.issuer", async () => await CreateAsync(unknown));

        var bad = Notice();
        bad.HomeProvince = "provinces/KH-16";
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await CreateAsync(bad));

        var created = await CreateAsync(Notice());
        await RpcAssert.InvalidFieldAsync("update_mask", async () => await directives.UpdateDirectiveAsync(new UpdateDirectiveRequest
        {
            Directive = new Directive { Name = created.Name, HomeProvince = "provinces/VN-09" },
            UpdateMask = new FieldMask { Paths = { "home_province" } },
        }));
        await RpcAssert.InvalidFieldAsync("directive.subject", async () => await directives.UpdateDirectiveAsync(new UpdateDirectiveRequest
        {
            Directive = new Directive { Name = created.Name },
            UpdateMask = new FieldMask { Paths = { "subject" } },
        }));
        await RpcAssert.InvalidFieldAsync("reason", async () => await directives.DeleteDirectiveAsync(new DeleteDirectiveRequest { Name = created.Name }));
        await RpcAssert.InvalidFieldAsync("directive_id", async () =>
            await directives.CreateDirectiveAsync(new CreateDirectiveRequest { Directive = Notice(), DirectiveId = "Bad Id" }));
    }

    [Fact]
    public async Task The_same_complete_number_issuer_and_year_twice_already_exists()
    {
        var number = $"{Random.Shared.Next(10000, 99999)}/TB-UBND";
        var first = await CreateAsync(Notice(number));

        var status = await RpcAssert.FailsAsync(StatusCode.AlreadyExists, async () => await CreateAsync(Notice(number.ToLowerInvariant())));
        Assert.Equal(first.Name, status.GetDetail<ResourceInfo>()?.ResourceName);

        // Another year, another issuer, or another home province: other documents.
        var nextYear = Notice(number);
        nextYear.IssueDate = new Date { Year = 2026, Month = 1, Day = 5 };
        var other = await CreateAsync(nextYear);
        var byOffice = Notice(number);
        byOffice.Issuer = "agencies/vn30-van-phong-ubnd";
        await CreateAsync(byOffice);
        var langSon = Notice(number);
        langSon.Issuer = "agencies/vn30-ubnd";
        await CreateAsync(langSon, As(TestCallers.LangSon));

        // An update onto a taken number is refused too.
        var move = new Directive { Name = other.Name, IssueDate = new Date { Year = 2025, Month = 3, Day = 1 } };
        await RpcAssert.FailsAsync(StatusCode.AlreadyExists, async () =>
            await directives.UpdateDirectiveAsync(new UpdateDirectiveRequest { Directive = move, UpdateMask = new FieldMask { Paths = { "issue_date" } } }));

        // Blank or incomplete numbers ("Số: /TB-VP") identify nothing.
        await CreateAsync(Notice("/TB-VP"));
        await CreateAsync(Notice("/TB-VP"));
        await CreateAsync(Notice(""));
        await CreateAsync(Notice(""));
    }

    [Fact]
    public async Task Partners_never_see_directives_auditors_see_all_and_write_nothing()
    {
        var subject = "Chỉ thị nội bộ " + Guid.NewGuid();
        var created = await CreateAsync(Notice(subject: subject));
        var filter = $"subject = \"{subject}\"";

        var partner = As(TestCallers.Ratanakiri);
        await RpcAssert.FailsAsync(StatusCode.NotFound, async () => await partner.GetDirectiveAsync(new GetDirectiveRequest { Name = created.Name }));
        Assert.Empty((await partner.ListDirectivesAsync(new ListDirectivesRequest { Filter = filter })).Directives);
        Assert.Equal(0, (await partner.ListDirectivesAsync(new ListDirectivesRequest { PageSize = 1000 })).TotalSize);

        var auditor = As(TestCallers.Auditor);
        Assert.Equal(created.Name, (await auditor.GetDirectiveAsync(new GetDirectiveRequest { Name = created.Name })).Directive.Name);
        Assert.Equal(created.Name, Assert.Single((await auditor.ListDirectivesAsync(new ListDirectivesRequest { Filter = filter })).Directives).Name);

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await CreateAsync(Notice(), auditor));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () =>
            await auditor.DeleteDirectiveAsync(new DeleteDirectiveRequest { Name = created.Name, Reason = "kiểm tra" }));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () =>
            await As(TestCallers.Department).UpdateDirectiveAsync(new UpdateDirectiveRequest { Directive = new Directive { Name = created.Name, Subject = "x" } }));

        // Another home province's manager neither sees nor changes it.
        await RpcAssert.FailsAsync(StatusCode.NotFound, async () =>
            await As(TestCallers.LangSon).DeleteDirectiveAsync(new DeleteDirectiveRequest { Name = created.Name, Reason = "không phải của tỉnh" }));
        Assert.Null((await directives.GetDirectiveAsync(new GetDirectiveRequest { Name = created.Name })).Directive.DeleteTime);
    }
}
