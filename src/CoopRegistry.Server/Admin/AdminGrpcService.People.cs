using CoopRegistry.Contracts.V1;
using Stored = CoopRegistry.Identity.People.Person;

namespace CoopRegistry.Server.Admin;

/// <summary>
/// AdminService's people: stored through ASP.NET Core Identity's user manager (the token service's
/// password hasher and rules). Disabling, resetting a password or taking a role away changes the
/// person's security stamp, which ends every token issued before; passwords are returned once.
/// </summary>
public sealed partial class AdminGrpcService
{
    public override async Task<ListPeopleResponse> ListPeople(ListPeopleRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        var plan = AdminPaging.Plan(request.PageSize, request.PageToken, "people", caller);
        var reachable = await people.Users.InProvinceAsync(caller.IsOperator ? null : caller.ProvinceCode, context.CancellationToken);
        var page = plan.Page(reachable, p => p.Id);
        var response = new ListPeopleResponse { NextPageToken = page.NextPageToken };
        foreach (var person in page.Items)
            response.People.Add(await ToPersonAsync(person));
        return response;
    }

    public override async Task<CreatePersonResponse> CreatePerson(CreatePersonRequest request, ServerCallContext context)
    {
        var wanted = request.Person ?? throw new InvalidArgumentException("person", "is required");
        var caller = context.Caller();
        var violations = new FieldViolations();
        if (!PersonNames.IsValid(wanted.Username))
            violations.Add("person.username", $"must be {PersonNames.Rule}");
        if (string.IsNullOrWhiteSpace(wanted.DisplayName))
            violations.Add("person.display_name", "is required");
        RoleViolations(wanted.Roles, "person.roles", violations);
        var agency = await directory.AgencyInProvinceAsync(wanted.Agency, wanted.Province, "person", violations, context.CancellationToken);
        violations.ThrowIfAny();
        AdminScope.DemandReach(caller, agency!.ProvinceCode ?? "", "person.agency", agency.ResourceName);
        AdminScope.DemandGrantable(caller, PersonRoles.ScopesOf(wanted.Roles), "person.roles");
        if (await people.FindByIdAsync(wanted.Username) is not null)
            throw new AlreadyExistsException($"{PersonNames.Collection}/{wanted.Username}");

        var password = NewPassword();
        var person = new Stored
        {
            Id = wanted.Username,
            UserName = wanted.Username,
            DisplayName = wanted.DisplayName.Trim(),
            Agency = wanted.Agency,
            Province = wanted.Province,
            LockoutEnabled = true,
        };
        Check(await people.CreateAsync(person, password));
        Check(await people.AddToRolesAsync(person, wanted.Roles.Distinct()));
        logger.LogInformation("Person {Username} created for {Agency} by {Caller}", person.Id, person.Agency, caller.Who);
        return new CreatePersonResponse { Person = await ToPersonAsync(person), Password = password };
    }

    public override async Task<SetPersonRolesResponse> SetPersonRoles(SetPersonRolesRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        RoleViolations(request.Roles, "roles", violations);
        violations.ThrowIfAny();
        var person = await TouchAsync(request.Name, context);
        AdminScope.DemandGrantable(context.Caller(), PersonRoles.ScopesOf(request.Roles), "roles");
        var current = await people.GetRolesAsync(person);
        var added = request.Roles.Distinct().Except(current).ToList();
        var removed = current.Except(request.Roles).ToList();
        if (added.Count > 0)
            Check(await people.AddToRolesAsync(person, added));
        if (removed.Count > 0)
        {
            Check(await people.RemoveFromRolesAsync(person, removed));
            // A role taken away ends the tokens that carried it.
            Check(await people.UpdateSecurityStampAsync(person));
        }
        logger.LogInformation("Roles of {Username} set to {Roles} by {Caller}", person.Id, string.Join(",", request.Roles), context.Caller().Who);
        return new SetPersonRolesResponse { Person = await ToPersonAsync(person) };
    }

    public override async Task<DisablePersonResponse> DisablePerson(DisablePersonRequest request, ServerCallContext context)
    {
        var person = await TouchAsync(request.Name, context);
        person.Disabled = true;
        Check(await people.UpdateAsync(person));
        Check(await people.UpdateSecurityStampAsync(person));
        logger.LogInformation("Person {Username} disabled by {Caller}", person.Id, context.Caller().Who);
        return new DisablePersonResponse { Person = await ToPersonAsync(person) };
    }

    public override async Task<EnablePersonResponse> EnablePerson(EnablePersonRequest request, ServerCallContext context)
    {
        var person = await TouchAsync(request.Name, context);
        // The stamp stays as the disabling left it: tokens from before stay refused.
        person.Disabled = false;
        Check(await people.UpdateAsync(person));
        logger.LogInformation("Person {Username} enabled by {Caller}", person.Id, context.Caller().Who);
        return new EnablePersonResponse { Person = await ToPersonAsync(person) };
    }

    public override async Task<ResetPersonPasswordResponse> ResetPersonPassword(ResetPersonPasswordRequest request, ServerCallContext context)
    {
        var person = await TouchAsync(request.Name, context);
        var password = NewPassword();
        Check(await people.RemovePasswordAsync(person));
        Check(await people.AddPasswordAsync(person, password));
        Check(await people.UpdateSecurityStampAsync(person));
        Check(await people.SetLockoutEndDateAsync(person, null));
        Check(await people.ResetAccessFailedCountAsync(person));
        logger.LogInformation("Password of {Username} reset by {Caller}", person.Id, context.Caller().Who);
        return new ResetPersonPasswordResponse { Person = await ToPersonAsync(person), Password = password };
    }

    public override async Task<ResetPersonSecondFactorResponse> ResetPersonSecondFactor(ResetPersonSecondFactorRequest request, ServerCallContext context)
    {
        var person = await TouchAsync(request.Name, context);
        // A new key, not only the flag: the lost device's codes must stop working at once.
        Check(await people.SetTwoFactorEnabledAsync(person, false));
        Check(await people.ResetAuthenticatorKeyAsync(person));
        Check(await people.UpdateSecurityStampAsync(person));
        logger.LogInformation("Second factor of {Username} reset by {Caller}", person.Id, context.Caller().Who);
        return new ResetPersonSecondFactorResponse { Person = await ToPersonAsync(person) };
    }

    /// <summary>The person named, when the caller may change them: same province (or operator), and no auditor or administrator unless operator.</summary>
    private async Task<Stored> TouchAsync(string name, ServerCallContext context)
    {
        var caller = context.Caller();
        var id = Domain.Directory.ResourceNames.ParseId(PersonNames.Collection, name, "name");
        var person = await people.FindByIdAsync(id) ?? throw new NotFoundException($"{PersonNames.Collection}/{id}");
        var subject = $"{PersonNames.Collection}/{id}";
        AdminScope.DemandReach(caller, person.Province, "name", subject);
        AdminScope.DemandNotAppointed(caller, PersonRoles.ScopesOf(await people.GetRolesAsync(person)), "name", subject);
        return person;
    }

    private async Task<Contracts.V1.Person> ToPersonAsync(Stored person) => new()
    {
        Name = $"{PersonNames.Collection}/{person.Id}",
        Username = person.UserName ?? person.Id,
        DisplayName = person.DisplayName,
        Agency = person.Agency,
        Province = person.Province,
        Roles = { (await people.GetRolesAsync(person)).Order(StringComparer.Ordinal) },
        Disabled = person.Disabled,
        SecondFactor = person.TwoFactorEnabled,
    };

    private static void RoleViolations(IReadOnlyCollection<string> roles, string field, FieldViolations violations)
    {
        if (roles.Count == 0 || roles.Any(r => !PersonRoles.IsRole(r)))
            violations.Add(field, $"must be one or more of {string.Join(", ", PersonRoles.All)}");
    }

    // Meets every password rule (length, cases, digit, symbol) whatever the random part holds.
    private static string NewPassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_') + "-Aa1";

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => $"{e.Code}: {e.Description}")));
    }
}
