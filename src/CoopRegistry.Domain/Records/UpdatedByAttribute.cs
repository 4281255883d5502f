namespace CoopRegistry.Domain.Records;

/// <summary>
/// The update-mask field that changes this property, where it is not the property's name in
/// snake_case: a reference kept as an id (<c>issuer</c>: IssuerId), or one of the properties a
/// field holds together (<c>source</c>: SourceCollection, SourceId, SourceSection). Read by <see cref="MaskedFields{T}"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class UpdatedByAttribute(string field) : Attribute
{
    public string Field { get; } = field;
}
