namespace CoopRegistry.Web.Resources;

/// <summary>The "import from notice" page's texts: NoticeTexts.resx (Vietnamese) and NoticeTexts.en.resx (English).</summary>
public sealed class NoticeTexts;
