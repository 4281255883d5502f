namespace CoopRegistry.Domain.Events;

/// <summary>
/// An investment pledge made at an event. The amount, when stated, is positive and in
/// <see cref="CurrencyCode"/> (VND, USD, KHR or LAK).
/// </summary>
public sealed record InvestmentPledge(
    string Investor,
    CooperationField? Sector,
    string Description,
    decimal? Amount,
    string? CurrencyCode,
    string? TargetProvinceCode);
