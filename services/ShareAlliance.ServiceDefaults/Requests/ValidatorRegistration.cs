using System.Reflection;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace ShareAlliance.ServiceDefaults.Requests;

public static class ValidatorRegistration
{
    /// <summary>
    /// Registers every validator of a service's assembly once for the process (they are stateless: a rule that needs the
    /// date asks the clock when it runs). Building a validator compiles its rules' expressions: a need's took 2 ms of CPU
    /// and 60 KB each time, measured, and as scoped services every request paid that and left dynamic methods for the
    /// finalizer; a benchmark of the pipeline showed the finalizer busy with them.
    /// </summary>
    public static IServiceCollection AddValidatorsOf(this IServiceCollection services, Assembly assembly) =>
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton);
}
