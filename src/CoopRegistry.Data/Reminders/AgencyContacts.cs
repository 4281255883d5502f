namespace CoopRegistry.Data.Reminders;

/// <summary>
/// Agencies' contact addresses, where reminders go. The directory seeds never touch them: an
/// administrator sets them (audited as a change of the agency), and in Development the example
/// addresses of seeds/dev-contacts.json fill agencies that have none.
/// </summary>
public sealed class AgencyContacts(RegistryDbContext db)
{
    public async Task<Agency> SetAsync(string agencyId, IReadOnlyList<string> emails, CancellationToken cancellationToken)
    {
        var agency = await db.Agencies.SingleOrDefaultAsync(a => a.Id == agencyId, cancellationToken)
            ?? throw new NotFoundException(ResourceNames.Format(Agency.Collection, agencyId));
        agency.ContactEmails = [.. emails];
        await db.SaveChangesAsync(cancellationToken);
        return agency;
    }

    /// <summary>Gives each listed agency that exists and has no addresses yet the listed ones; answers how many it filled.</summary>
    public async Task<int> FillEmptyAsync(IReadOnlyDictionary<string, List<string>> contacts, CancellationToken cancellationToken)
    {
        var ids = contacts.Keys.ToList();
        var empty = await db.Agencies.Where(a => ids.Contains(a.Id) && a.ContactEmails.Count == 0).ToListAsync(cancellationToken);
        foreach (var agency in empty)
            agency.ContactEmails = [.. contacts[agency.Id]];
        await db.SaveChangesAsync(cancellationToken);
        return empty.Count;
    }
}
