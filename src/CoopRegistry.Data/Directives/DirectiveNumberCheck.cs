namespace CoopRegistry.Data.Directives;

/// <summary>ALREADY_EXISTS, naming the directive that has it, when another one of the home province has the same complete number, issuer and issue year.</summary>
public static class DirectiveNumberCheck
{
    public static async Task DemandUniqueNumberAsync(this RecordStore store, Directive directive, CancellationToken cancellationToken)
    {
        if (directive.NumberKey is not { } key)
            return;
        var clash = await store.Db.Set<Directive>().AsNoTracking()
            .Where(d => d.NumberKey == key && d.Id != directive.Id).Select(d => d.Id).FirstOrDefaultAsync(cancellationToken);
        if (clash is not null)
            throw new AlreadyExistsException(ResourceNames.Format(Directive.CollectionName, clash));
    }
}
