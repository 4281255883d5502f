namespace CoopRegistry.Server.Reminders;

/// <summary>The reminder mails' texts: ReminderTexts.resx (Vietnamese).</summary>
public sealed class ReminderTexts;
