namespace CoopRegistry.Identity.People;

/// <summary>
/// Makes the store hold the development people as the file says: creates missing ones, updates
/// changed ones (display name, agency, province, roles, password), leaves the rest alone. They are
/// marked as development accounts: no second factor, and refused outside Development.
/// </summary>
public sealed class DevPeopleSync(UserManager<Person> people, ILogger<DevPeopleSync> logger)
{
    public async Task<SyncReport> SyncAsync(IReadOnlyList<DevPerson> file, CancellationToken cancellationToken)
    {
        int created = 0, updated = 0, unchanged = 0;
        foreach (var wanted in file)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var person = await people.FindByIdAsync(wanted.Username);
            if (person is null)
            {
                person = new Person { Id = wanted.Username, UserName = wanted.Username };
                Apply(person, wanted);
                Check(await people.CreateAsync(person, wanted.Password), wanted);
                Check(await people.AddToRolesAsync(person, wanted.Roles), wanted);
                logger.LogInformation("Development person {Username} created", wanted.Username);
                created++;
                continue;
            }
            if (await ChangeAsync(person, wanted))
            {
                logger.LogInformation("Development person {Username} updated", wanted.Username);
                updated++;
            }
            else
                unchanged++;
        }
        return new SyncReport(created, updated, unchanged);
    }

    private async Task<bool> ChangeAsync(Person person, DevPerson wanted)
    {
        var changed = false;
        if (person.DisplayName != wanted.DisplayName || person.Agency != wanted.Agency || person.Province != wanted.Province || !person.DevelopmentAccount)
        {
            Apply(person, wanted);
            Check(await people.UpdateAsync(person), wanted);
            changed = true;
        }
        var roles = await people.GetRolesAsync(person);
        var missing = wanted.Roles.Except(roles).ToList();
        var extra = roles.Except(wanted.Roles).ToList();
        if (missing.Count > 0)
            Check(await people.AddToRolesAsync(person, missing), wanted);
        if (extra.Count > 0)
            Check(await people.RemoveFromRolesAsync(person, extra), wanted);
        if (!await people.CheckPasswordAsync(person, wanted.Password))
        {
            await people.RemovePasswordAsync(person);
            Check(await people.AddPasswordAsync(person, wanted.Password), wanted);
            changed = true;
        }
        // A role taken away ends the tokens that carried it (TokenStamps).
        if (extra.Count > 0)
            await people.UpdateSecurityStampAsync(person);
        return changed || missing.Count > 0 || extra.Count > 0;
    }

    private static void Apply(Person person, DevPerson wanted)
    {
        person.DisplayName = wanted.DisplayName;
        person.Agency = wanted.Agency;
        person.Province = wanted.Province;
        person.DevelopmentAccount = true;
        person.LockoutEnabled = true;
    }

    private static void Check(IdentityResult result, DevPerson person)
    {
        if (!result.Succeeded)
            throw new DevSeedException(DevPeopleFile.EmbeddedName, person.Username, string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
