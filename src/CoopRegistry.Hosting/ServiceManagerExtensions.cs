namespace CoopRegistry.Hosting;

/// <summary>
/// How a host runs under a service manager. Under systemd (deploy/*.service, Type=notify) it reports
/// readiness once Kestrel listens and stopping on SIGTERM, and logs in journald's format; started any
/// other way (./coop up, tests) this changes nothing.
/// </summary>
public static class ServiceManagerExtensions
{
    public static void AddServiceManager(this WebApplicationBuilder builder) => builder.Host.UseSystemd();
}
