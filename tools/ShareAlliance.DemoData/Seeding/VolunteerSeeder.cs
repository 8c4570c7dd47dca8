using System.Collections.Concurrent;
using ShareAlliance.DemoData.Plan;
using ShareAlliance.DemoData.Platform;

namespace ShareAlliance.DemoData.Seeding;

/// <summary>
/// Employers first (their admin signs in, registers the company, waits until identity names them admin, opens the
/// programme), then volunteers (sign in, fill in the profile, enrol with their employer's invitation code). Every write
/// carries an Idempotency-Key from the seed, so a re-run answers with what the first run did.
/// </summary>
public sealed class VolunteerSeeder(
    DemoPlan plan, DemoSettings settings, DemoAccounts accounts, IdentityApi identity, VolunteersApi volunteers, SeedReport report, Action<string> log)
{
    private readonly ConcurrentDictionary<int, string> invitationCodes = new();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = settings.Parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(plan.Employers, options, async (employer, ct) => await SeedEmployerAsync(employer, ct));
        if (plan.Employers.Count > 0)
        {
            log($"{plan.Employers.Count} employers seeded, each with a programme");
        }

        // The first volunteer (demo+vol-1, the README's demo account) goes alone, before the others: matching proposes the
        // best needs to each new profile, up to a few open proposals per need, so whoever comes first finds those needs free.
        // Seeded among the others in parallel, the demo account sometimes found them all taken and its inbox empty.
        var done = 0;
        if (plan.Volunteers.Count > 0)
        {
            await SeedVolunteerAsync(plan.Volunteers[0], cancellationToken);
            done = 1;
        }

        await Parallel.ForEachAsync(plan.Volunteers.Skip(1), options, async (volunteer, ct) =>
        {
            await SeedVolunteerAsync(volunteer, ct);
            if (Interlocked.Increment(ref done) is var n && (n % 20 == 0 || n == plan.Volunteers.Count))
            {
                log($"{n}/{plan.Volunteers.Count} volunteers seeded");
            }
        });
    }

    private async Task SeedEmployerAsync(EmployerPlan e, CancellationToken cancellationToken)
    {
        var admin = await accounts.SignInAsync(e.AdminEmail, settings.Password, "employer_admin", cancellationToken);
        report.Account(admin.New);
        var employer = await volunteers.RegisterEmployerAsync(admin.Tokens.AccessToken, e, IdempotencyKeys.Employer(plan.Seed, e.Number), cancellationToken);
        var token = await Ownership.TokenAsync(identity, admin.Tokens, "employer", employer.Id, cancellationToken);
        var programme = await volunteers.OpenProgrammeAsync(
            token, employer.Id, e.Programme, IdempotencyKeys.Programme(plan.Seed, e.Number, e.Programme.From.Year), cancellationToken);
        invitationCodes[e.Number] = programme.InvitationCode;
        report.Employer(employer.RegisteredAt < startedAt);
    }

    private async Task SeedVolunteerAsync(VolunteerPlan v, CancellationToken cancellationToken)
    {
        var person = await accounts.SignInAsync(v.Email, settings.Password, "volunteer", cancellationToken);
        report.Account(person.New);
        var profile = await volunteers.SetProfileAsync(person.Tokens.AccessToken, v, IdempotencyKeys.Volunteer(plan.Seed, v.Number), cancellationToken);
        var enrolled = false;
        if (v.EmployerNumber is { } employer && invitationCodes.TryGetValue(employer, out var code))
        {
            await volunteers.EnrolAsync(person.Tokens.AccessToken, code, IdempotencyKeys.Enrolment(plan.Seed, v.Number, plan.Today.Year), cancellationToken);
            enrolled = true;
        }

        report.Volunteer(enrolled, profile.JoinedAt < startedAt);
    }

    private readonly DateTimeOffset startedAt = DateTimeOffset.UtcNow.AddSeconds(-1);
}
