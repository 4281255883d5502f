
namespace CoopRegistry.Server.Reminders;

/// <summary>Reminders, domain → contract (the enums share their numbers).</summary>
public sealed class ReminderMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<Reminder, Contract.Reminder>()
            .Map(dest => dest.Name, src => src.ResourceName)
            .Map(dest => dest.HomeProvince, src => ResourceNames.Format(Province.Collection, src.HomeProvinceCode))
            .Map(dest => dest.RecipientAgency, src => ResourceNames.Format(Agency.Collection, src.RecipientAgencyId))
            .Map(dest => dest.Milestone, src => (Contract.ReminderMilestone)(int)src.Milestone)
            .Map(dest => dest.State, src => (Contract.ReminderState)(int)src.State)
            .Map(dest => dest.NextAttemptTime, src => src.State == ReminderState.Pending || src.State == ReminderState.Retrying ? src.NextAttemptTime : (DateTime?)null);
    }
}
