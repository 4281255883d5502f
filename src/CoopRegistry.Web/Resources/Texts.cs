namespace CoopRegistry.Web.Resources;

/// <summary>The console's texts: Texts.resx (Vietnamese, the neutral language) and Texts.en.resx (English).</summary>
public sealed class Texts;
