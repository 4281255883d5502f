namespace CoopRegistry.Server.Texts;

/// <summary>Texts for people from a resource file (Vietnamese is the neutral language); a missing name is a defect, not a blank.</summary>
public static class TextsExtensions
{
    public static string Text<T>(this IStringLocalizer<T> texts, string name, params object[] arguments)
    {
        var text = arguments.Length == 0 ? texts[name] : texts[name, arguments];
        return text.ResourceNotFound ? throw new InvalidOperationException($"{typeof(T).Name}.resx has no text {name}") : text.Value;
    }
}
