using Bunit;
using Microsoft.AspNetCore.Components;
using ShareAlliance.Web.Components.Pages.Funder;
using static ShareAlliance.Web.Tests.Components.OrganisationTestContext;

namespace ShareAlliance.Web.Tests.Components.Funder;

public sealed class OfferFormTests
{
    [Fact]
    public async Task AmountsTypedTheFrenchWay_AreSentAsDecimalEuros_AndTheApisRuleIsShownUnderItsField()
    {
        await using var test = Create((_, _) => BadRequest("maximumPerNeed", "The maximum per need cannot exceed the total budget."));
        var form = test.Context.Render<OfferForm>(p => p.Add(f => f.FunderId, Guid.Parse(FunderId)));
        await form.Find("#offer-title").ChangeAsync(new ChangeEventArgs { Value = "Outils numériques" });
        await form.Find("#offer-total-budget").InputAsync(new ChangeEventArgs { Value = "1 234,56" });
        await form.Find("#offer-maximum-per-need").InputAsync(new ChangeEventArgs { Value = "2 000" });
        await form.Find("#offer-deadline").ChangeAsync(new ChangeEventArgs { Value = "2027-06-30" });

        await form.Find("form").SubmitAsync();

        form.WaitForAssertion(() => ErrorOf(form, "offer-maximum-per-need").ShouldBe("The maximum per need cannot exceed the total budget."));
        var sent = test.Requests.ShouldHaveSingleItem();
        sent.ShouldContain("\"totalBudget\":1234.56");
        sent.ShouldContain("\"maximumPerNeed\":2000");
        sent.ShouldContain("\"deadline\":\"2027-06-30\"");
        ErrorOf(form, "offer-total-budget").ShouldBeEmpty();
        form.Find("#offer-total-budget").GetAttribute("value").ShouldBe("1 234,56");
    }

    [Theory]
    [InlineData("12,345")]
    [InlineData("beaucoup")]
    public async Task AnAmountThatIsNotEuros_IsMarkedAsItIsTyped(string typed)
    {
        await using var test = Create((_, _) => throw new InvalidOperationException("nothing should be sent"));
        var form = test.Context.Render<OfferForm>(p => p.Add(f => f.FunderId, Guid.Parse(FunderId)));

        await form.Find("#offer-total-budget").InputAsync(new ChangeEventArgs { Value = typed });

        ErrorOf(form, "offer-total-budget").ShouldBe("Saisissez un montant en euros, avec au plus deux décimales.");
    }
}
