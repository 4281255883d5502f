namespace CoopRegistry.Server.Reminders;

/// <summary>
/// Deadline reminders by e-mail. Section "Reminders"; off while <see cref="SmtpOptions.Host"/> is
/// empty (the default), so a registry without a mail server sends nothing and records nothing.
/// </summary>
public sealed class ReminderOptions : IValidatableObject
{
    public const string Section = "Reminders";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>The sender address, e.g. "Sổ theo dõi hợp tác &lt;nhac-han@songoaivu.gialai.gov.vn&gt;"; required when on.</summary>
    public string From { get; set; } = "";

    /// <summary>Days before a deadline's last day that remind its lead agency; empty: 7 and 1 (see <see cref="Days"/>).</summary>
    // Empty by default: the configuration binder appends a configured array to a default one.
    public int[] DaysBefore { get; set; } = [];

    /// <summary>The days-before in force.</summary>
    public IReadOnlyList<int> Days => DaysBefore.Length == 0 ? [7, 1] : DaysBefore;

    /// <summary>How often due reminders are looked for and sent (and failed ones retried).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00", ErrorMessage = "Reminders:ScanInterval must be a TimeSpan between 00:00:00.100 and 1.00:00:00, e.g. 00:05:00")]
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The agencies (`agencies/{id}`) that get the weekly digest of their province's overdue and upcoming commitments.</summary>
    public string[] DigestAgencies { get; set; } = [];

    public bool Enabled => !string.IsNullOrWhiteSpace(Smtp.Host);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
            yield break;
        if (!MimeKit.MailboxAddress.TryParse(From, out _))
            yield return new ValidationResult("Reminders:From must be a mail address (\"Name <address>\" or address) when Reminders:Smtp:Host is set", [nameof(From)]);
        if (Smtp.Port is < 1 or > 65535)
            yield return new ValidationResult("Reminders:Smtp:Port must be 1-65535", ["Smtp.Port"]);
        if (DaysBefore.Any(d => d is < 0 or > 60) || DaysBefore.Distinct().Count() != DaysBefore.Length)
            yield return new ValidationResult("Reminders:DaysBefore must be distinct numbers of days 0-60, e.g. [7, 1]", [nameof(DaysBefore)]);
        if (DigestAgencies.Any(a => !a.StartsWith("agencies/", StringComparison.Ordinal)))
            yield return new ValidationResult("Reminders:DigestAgencies must be agency names, e.g. agencies/vn30-so-ngoai-vu", [nameof(DigestAgencies)]);
    }
}

/// <summary>The mail server reminders are handed to (section "Reminders:Smtp").</summary>
public sealed class SmtpOptions
{
    /// <summary>Empty: reminders are off.</summary>
    public string Host { get; set; } = "";

    public int Port { get; set; } = 25;

    /// <summary>TLS: on connect for port 465, else STARTTLS; false sends in clear (a relay on the same host).</summary>
    public bool UseTls { get; set; }

    /// <summary>Empty: no authentication.</summary>
    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";
}
