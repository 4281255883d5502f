namespace CoopRegistry.Web.Formatting;

/// <summary>An enum value's label from the resources (`AgreementState_InForce`), or its name when none is written.</summary>
public static class EnumLabels
{
    public static string Label<TEnum>(this IStringLocalizer<Labels> labels, TEnum value)
        where TEnum : struct, Enum
    {
        var text = labels[$"{typeof(TEnum).Name}_{value}"];
        return text.ResourceNotFound ? value.ToString() : text.Value;
    }

    /// <summary>Every value but the zero one (UNSPECIFIED), for pickers.</summary>
    public static IEnumerable<TEnum> Values<TEnum>()
        where TEnum : struct, Enum => Enum.GetValues<TEnum>().Where(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture) != 0);
}
