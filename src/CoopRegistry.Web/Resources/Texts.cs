namespace CoopRegistry.Web.Resources;

/// <summary>The console's texts for people: Texts.resx (Vietnamese, the neutral language) and Texts.en.resx (English); enum values are in <see cref="Labels"/>.</summary>
public sealed class Texts;
