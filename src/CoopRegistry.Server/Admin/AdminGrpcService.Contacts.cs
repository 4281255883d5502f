using System.Net.Mail;
using CoopRegistry.Contracts.V1;
using Model = CoopRegistry.Domain.Directory;

namespace CoopRegistry.Server.Admin;

/// <summary>SetAgencyContacts: where an agency's deadline reminders go (plain addresses, at most ten, no duplicates); an administrator's own province's agencies only.</summary>
public sealed partial class AdminGrpcService
{
    private const int MaxContacts = 10;

    public override async Task<SetAgencyContactsResponse> SetAgencyContacts(SetAgencyContactsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var id = violations.Check(() => Model.ResourceNames.ParseId(Model.Agency.Collection, request.Agency, "agency"));
        if (request.ContactEmails.Count > MaxContacts)
            violations.Add("contact_emails", $"at most {MaxContacts} addresses");
        for (var i = 0; i < request.ContactEmails.Count; i++)
        {
            var email = request.ContactEmails[i];
            if (!MailAddress.TryCreate(email, out var parsed) || parsed.Address != email || email.Length > 254)
                violations.Add($"contact_emails[{i}]", "is not a plain e-mail address such as songoaivu@gialai.gov.vn");
        }
        if (request.ContactEmails.Distinct(StringComparer.OrdinalIgnoreCase).Count() != request.ContactEmails.Count)
            violations.Add("contact_emails", "lists an address twice");
        violations.Throw([]);
        var target = await directory.AgencyAsync(id!, context.CancellationToken);
        AdminScope.DemandReach(context.Caller(), target.ProvinceCode ?? "", "agency", target.ResourceName);
        var agency = await contacts.SetAsync(id!, [.. request.ContactEmails], context.CancellationToken);
        logger.LogInformation("Contacts of agency {Agency} set ({Count} addresses)", agency.Id, agency.ContactEmails.Count);
        return new SetAgencyContactsResponse { Agency = agency.Adapt<Contract.Agency>(mapping) };
    }
}
