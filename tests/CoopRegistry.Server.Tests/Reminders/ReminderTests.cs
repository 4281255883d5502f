using CoopRegistry.Contracts.V1;
using static CoopRegistry.Server.Tests.Reminders.ReminderRegistry;

namespace CoopRegistry.Server.Tests.Reminders;

/// <summary>
/// Reminders through a real SMTP server, with the registries' clock set by the test. A commitment
/// led by Industry and Trade (copying Finance) is reminded once per milestone and recipient:
/// not twice after a restart, not twice with two registry processes at once, and not lost to an
/// outage of the mail server.
/// </summary>
public class ReminderTests(ReminderRegistry registry) : IClassFixture<ReminderRegistry>
{
    private static List<Reminder> List(RegistryFactory host, Domain.Access.Caller caller, string filter)
    {
        using var channel = Channel(host, caller);
        return [.. new ReminderService.ReminderServiceClient(channel).ListReminders(new ListRemindersRequest { Filter = filter, PageSize = 100 }).Reminders];
    }

    private List<MimeKit.MimeMessage> About(string address, string task) =>
        [.. registry.Mail.For(address).Where(m => (m.TextBody ?? "").Contains($"Nhiệm vụ: {task}", StringComparison.Ordinal))];

    [Fact]
    public async Task A_commitment_due_in_seven_days_is_reminded_once_across_restarts_and_two_processes()
    {
        var first = registry.Host();
        var due = registry.Today.AddDays(7);
        await registry.CreateAsync(first, "vn-30-sau-7-ngay", Phrase(due));

        await RunAsync(first);
        var lead = Assert.Single(About(Industry, "Nhiệm vụ vn-30-sau-7-ngay"));
        Assert.Equal("[Nhắc hạn] Còn 7 ngày: Nhiệm vụ vn-30-sau-7-ngay", lead.Subject);
        Assert.Equal([Industry], lead.To.Mailboxes.Select(m => m.Address).ToArray());
        Assert.Equal([Finance], lead.Cc.Mailboxes.Select(m => m.Address).ToArray());
        Assert.Contains($"đến hạn ngày {due:dd/MM/yyyy} (còn 7 ngày)", lead.TextBody);
        Assert.Contains("Cơ quan chủ trì: Sở Công Thương tỉnh Gia Lai", lead.TextBody);
        Assert.Single(About(Finance, "Nhiệm vụ vn-30-sau-7-ngay"));

        // The same pass again, then a restarted process: nothing more.
        await RunAsync(first);
        await first.DisposeAsync();
        var restarted = registry.Host();
        await RunAsync(restarted);
        Assert.Single(About(Industry, "Nhiệm vụ vn-30-sau-7-ngay"));

        // Six days on the one-day reminder is due; two processes run their passes at once, twice.
        registry.Clock.Now += TimeSpan.FromDays(6);
        var second = registry.Host();
        for (var i = 0; i < 2; i++)
            await Task.WhenAll(RunAsync(restarted), RunAsync(second), RunAsync(restarted), RunAsync(second));
        Assert.Equal(["[Nhắc hạn] Còn 7 ngày: Nhiệm vụ vn-30-sau-7-ngay", "[Nhắc hạn] Còn 1 ngày: Nhiệm vụ vn-30-sau-7-ngay"],
            About(Industry, "Nhiệm vụ vn-30-sau-7-ngay").Select(m => m.Subject ?? "").ToArray());
        Assert.Equal(2, About(Finance, "Nhiệm vụ vn-30-sau-7-ngay").Count);

        // The day after the deadline: one overdue reminder.
        registry.Clock.Now += TimeSpan.FromDays(2);
        await Task.WhenAll(RunAsync(restarted), RunAsync(second));
        Assert.Equal("[Quá hạn] Nhiệm vụ vn-30-sau-7-ngay", About(Industry, "Nhiệm vụ vn-30-sau-7-ngay")[^1].Subject);
        Assert.Equal(3, About(Industry, "Nhiệm vụ vn-30-sau-7-ngay").Count);

        // ListReminders says who was reminded of what and when: six reminders, all sent.
        var listed = List(second, TestCallers.ForeignAffairs, "subject = \"commitments/vn-30-sau-7-ngay\"");
        Assert.Equal(6, listed.Count);
        Assert.All(listed, r => Assert.Equal((ReminderState.Sent, 1), (r.State, r.Attempts)));
        Assert.Equal(
            ["DaysBefore 1 " + Industry + " to", "DaysBefore 1 " + Finance + " cc", "DaysBefore 7 " + Industry + " to", "DaysBefore 7 " + Finance + " cc", "Overdue 0 " + Industry + " to", "Overdue 0 " + Finance + " cc"],
            listed.Select(r => $"{r.Milestone} {r.DaysBefore} {r.Recipient} {(r.Copy ? "cc" : "to")}").Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task An_outage_of_the_mail_server_delays_a_reminder_and_does_not_lose_it()
    {
        var host = registry.Host();
        await registry.CreateAsync(host, "vn-30-khi-may-chu-thu-ngung", Phrase(registry.Today.AddDays(7)));
        var filter = "subject = \"commitments/vn-30-khi-may-chu-thu-ngung\" AND recipient = \"" + Industry + "\"";
        await registry.Mail.StopAsync();
        try
        {
            // Nobody listens: recorded, tried, visible as retrying with the error.
            await RunAsync(host);
            var waiting = Assert.Single(List(host, TestCallers.Auditor, filter));
            Assert.Equal((ReminderState.Retrying, 1), (waiting.State, waiting.Attempts));
            Assert.NotEmpty(waiting.LastError);
            Assert.Equal(registry.Clock.Now.AddMinutes(1), waiting.NextAttemptTime.ToDateTimeOffset(), TimeSpan.FromMilliseconds(1));
            // Before its backoff has passed it is not tried again.
            await RunAsync(host);
            Assert.Equal(1, Assert.Single(List(host, TestCallers.Auditor, filter)).Attempts);
        }
        finally
        {
            await registry.Mail.StartAsync();
        }

        // The server is back but refuses for now (451): tried again after a minute, then after two more.
        registry.Mail.Refusing = true;
        registry.Clock.Now += TimeSpan.FromMinutes(1);
        await RunAsync(host);
        var refused = Assert.Single(List(host, TestCallers.Auditor, filter));
        Assert.Equal((ReminderState.Retrying, 2), (refused.State, refused.Attempts));
        Assert.Contains("451", refused.LastError, StringComparison.Ordinal);
        Assert.Equal(registry.Clock.Now.AddMinutes(2), refused.NextAttemptTime.ToDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        Assert.Empty(About(Industry, "Nhiệm vụ vn-30-khi-may-chu-thu-ngung"));

        registry.Mail.Refusing = false;
        registry.Clock.Now += TimeSpan.FromMinutes(2);
        await RunAsync(host);
        await RunAsync(host);
        Assert.Single(About(Industry, "Nhiệm vụ vn-30-khi-may-chu-thu-ngung"));
        var sent = Assert.Single(List(host, TestCallers.Auditor, filter));
        Assert.Equal((ReminderState.Sent, 3, ""), (sent.State, sent.Attempts, sent.LastError));
        // What operators watch: this process's sends and retries.
        var metrics = await Metrics.PrometheusText.ScrapeAsync(host);
        Assert.True(Metrics.PrometheusText.Value(metrics, "coopregistry_reminders_total", "outcome=\"sent\"") >= 1);
        Assert.True(Metrics.PrometheusText.Value(metrics, "coopregistry_reminders_total", "outcome=\"retried\"") >= 2);
    }

    [Fact]
    public async Task A_monthly_duty_is_reminded_per_occurrence()
    {
        var host = registry.Host();
        // Twelve days into a month, the duty "before the 20th" is due on the 19th: seven days left.
        var start = registry.Clock.Now;
        var month = new DateTimeOffset(start.Year, start.Month, 12, 3, 0, 0, TimeSpan.Zero).AddMonths(2);
        registry.Clock.Now = month;
        try
        {
            await registry.CreateAsync(host, "vn-30-hang-thang", "trước ngày 20 hằng tháng");
            await RunAsync(host);
            registry.Clock.Now = month.AddMonths(1);
            await RunAsync(host);
            await RunAsync(host);
            var mails = About(Industry, "Nhiệm vụ vn-30-hang-thang");
            Assert.Equal(["[Nhắc hạn] Còn 7 ngày: Nhiệm vụ vn-30-hang-thang", "[Nhắc hạn] Còn 7 ngày: Nhiệm vụ vn-30-hang-thang"], mails.Select(m => m.Subject ?? "").ToArray());
            Assert.Contains($"Kỳ thực hiện: tháng {month:MM/yyyy}", mails[0].TextBody);
            Assert.Contains($"Kỳ thực hiện: tháng {month.AddMonths(1):MM/yyyy}", mails[1].TextBody);
        }
        finally
        {
            registry.Clock.Now = start;
        }
    }

    [Fact]
    public async Task The_background_service_of_two_processes_sends_a_reminder_once()
    {
        var setup = registry.Host();
        await registry.CreateAsync(setup, "vn-30-hai-tien-trinh", Phrase(registry.Today.AddDays(1)));
        var first = registry.Host(TimeSpan.FromMilliseconds(200));
        var second = registry.Host(TimeSpan.FromMilliseconds(200));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (About(Industry, "Nhiệm vụ vn-30-hai-tien-trinh").Count == 0 && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        // Both keep scanning for a while longer: still one mail per recipient.
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal("[Nhắc hạn] Còn 1 ngày: Nhiệm vụ vn-30-hai-tien-trinh", Assert.Single(About(Industry, "Nhiệm vụ vn-30-hai-tien-trinh")).Subject);
        Assert.Single(About(Finance, "Nhiệm vụ vn-30-hai-tien-trinh"));
        await first.DisposeAsync();
        await second.DisposeAsync();
    }

    [Fact]
    public async Task The_Department_of_Foreign_Affairs_gets_one_digest_a_week_of_what_is_overdue_and_upcoming()
    {
        var host = registry.Host();
        // A week of its own, far from the other tests' weeks: its digest is sent by this test's first pass.
        var start = registry.Clock.Now;
        registry.Clock.Now = start.AddDays(140);
        try
        {
            await registry.CreateAsync(host, "vn-30-trong-tuan", Phrase(registry.Today.AddDays(3)));
            await RunAsync(host);
            await RunAsync(host);
            var monday = Domain.Reminders.ReminderMilestones.WeekOf(registry.Today);
            var digest = Assert.Single(registry.Mail.For(ForeignAffairs), m => m.Subject == $"[Tổng hợp tuần] Nhiệm vụ quá hạn và sắp đến hạn, tuần từ {monday:dd/MM/yyyy}");
            Assert.Equal([ForeignAffairs], digest.To.Mailboxes.Select(m => m.Address).ToArray());
            Assert.Contains("II. Nhiệm vụ sắp đến hạn", digest.TextBody);
            Assert.Contains("Nhiệm vụ vn-30-trong-tuan — chủ trì: Sở Công Thương tỉnh Gia Lai", digest.TextBody);
            var listed = Assert.Single(List(host, TestCallers.Auditor, $"milestone = REMINDER_MILESTONE_WEEKLY_DIGEST AND due_date = {monday:yyyy-MM-dd}"));
            Assert.Equal(("provinces/VN-30", ReminderState.Sent), (listed.Subject, listed.State));
        }
        finally
        {
            registry.Clock.Now = start;
        }
    }

    [Fact]
    public async Task Managers_and_auditors_may_list_reminders_and_others_may_not()
    {
        var host = registry.Host();
        await registry.CreateAsync(host, "vn-30-ai-xem", Phrase(registry.Today.AddDays(7)));
        await RunAsync(host);
        var mine = List(host, TestCallers.ForeignAffairs, "subject = \"commitments/vn-30-ai-xem\"");
        Assert.NotEmpty(mine);
        // Named by a UUIDv7, not by a sequence every province's reminders move (issue 20).
        Assert.All(mine, r => Assert.Equal(7, Guid.Parse(r.Name["reminders/".Length..]).Version));
        Assert.NotEmpty(List(host, TestCallers.Auditor, "subject = \"commitments/vn-30-ai-xem\""));
        // Another home province's manager sees only its own province's reminders.
        Assert.Empty(List(host, TestCallers.LangSon, "subject = \"commitments/vn-30-ai-xem\""));
        foreach (var caller in new[] { TestCallers.Department, TestCallers.Ratanakiri, TestCallers.Administrator })
            await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => Task.FromResult(List(host, caller, "")));
        await RpcAssert.InvalidFieldAsync("filter", () => Task.FromResult(List(host, TestCallers.Auditor, "state = SENT_YESTERDAY")));
    }
}
