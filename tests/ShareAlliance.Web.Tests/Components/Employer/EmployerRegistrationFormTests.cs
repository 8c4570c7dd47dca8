using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using ShareAlliance.Web.Components.Pages.Employer;
using static ShareAlliance.Web.Tests.Components.OrganisationTestContext;

namespace ShareAlliance.Web.Tests.Components.Employer;

public sealed class EmployerRegistrationFormTests
{
    [Theory]
    [InlineData("7328293200007", "", "Un SIRET compte 14 chiffres.")]
    [InlineData("73282932000079", "", "Ce SIRET n’est pas valide : sa clé de contrôle ne correspond pas.")]
    [InlineData("73282932000074", "552100554", "Le SIRET doit commencer par le SIREN.")]
    [InlineData("73282932000074", "", "")]
    public async Task Siret_IsCheckedAsItIsTyped_WithTheRulesOfTheApi(string siret, string siren, string message)
    {
        await using var test = Create((_, _) => throw new InvalidOperationException("nothing should be sent"));
        var form = test.Context.Render<EmployerRegistrationForm>();

        await form.Find("#employer-siren").InputAsync(new ChangeEventArgs { Value = siren });
        await form.Find("#employer-siret").InputAsync(new ChangeEventArgs { Value = siret });

        ErrorOf(form, "employer-siret").ShouldBe(message);
    }

    [Fact]
    public async Task NeitherSirenNorSiret_IsSaidUnderTheSiren_AndNothingIsSent()
    {
        await using var test = Create((_, _) => throw new InvalidOperationException("nothing should be sent"));
        var form = test.Context.Render<EmployerRegistrationForm>();
        await form.Find("#employer-name").ChangeAsync(new ChangeEventArgs { Value = "Octet & Cie" });

        await form.Find("form").SubmitAsync();

        ErrorOf(form, "employer-siren").ShouldBe("Indiquez le SIREN ou le SIRET de l’entreprise.");
        ErrorOf(form, "employer-turnover").ShouldBe("Ce champ est obligatoire.");
        test.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task ValidationErrorOfTheApi_IsShownUnderTheSiret()
    {
        await using var test = Create((_, _) => BadRequest("siret", "The SIRET must start with the SIREN."));
        var form = test.Context.Render<EmployerRegistrationForm>();
        await form.Find("#employer-name").ChangeAsync(new ChangeEventArgs { Value = "Octet & Cie" });
        await form.Find("#employer-siret").InputAsync(new ChangeEventArgs { Value = "732 829 320 00074" });
        var select = form.FindComponent<MudSelect<string>>();
        await select.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync("UpTo50M"));

        await form.Find("form").SubmitAsync();

        form.WaitForAssertion(() => ErrorOf(form, "employer-siret").ShouldBe("The SIRET must start with the SIREN."));
        ErrorOf(form, "employer-name").ShouldBeEmpty();
        test.Requests.ShouldHaveSingleItem().ShouldContain("\"turnover\":\"UpTo50M\"");
    }
}
