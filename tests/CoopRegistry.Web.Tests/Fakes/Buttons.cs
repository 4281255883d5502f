using AngleSharp.Dom;
using Microsoft.AspNetCore.Components;

namespace CoopRegistry.Web.Tests.Fakes;

/// <summary>Finds a rendered button by its words, as a person does.</summary>
public static class Buttons
{
    public static IElement Button<T>(this IRenderedComponent<T> rendered, string words)
        where T : IComponent =>
        rendered.FindAll("button").Single(b => b.TextContent.Trim() == words);
}
