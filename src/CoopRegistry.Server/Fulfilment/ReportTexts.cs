namespace CoopRegistry.Server.Fulfilment;

/// <summary>The texts of the reports people read (XLSX, DOCX): ReportTexts.resx (Vietnamese).</summary>
public sealed class ReportTexts;
