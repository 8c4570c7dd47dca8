namespace ShareAlliance.ReferenceData.Tests;

public sealed class FrenchIdentifiersTests
{
    [Theory]
    [InlineData("W751234567")]
    [InlineData("W 751 234 567")]
    [InlineData("w751234567")]
    [InlineData("W000000001")]
    public void RnaOfWAndNineDigits_IsValid(string rna) => FrenchIdentifiers.IsValidRna(rna).ShouldBeTrue();

    [Theory]
    [InlineData("751234567")]
    [InlineData("W75123456")]
    [InlineData("W7512345678")]
    [InlineData("X751234567")]
    [InlineData("W75123456A")]
    [InlineData("W-751234567")]
    public void RnaOfAnotherShape_IsRefusedForItsFormat(string rna) =>
        FrenchIdentifiers.CheckRna(rna).Problem.ShouldBe(IdentifierProblem.Format);

    [Theory]
    [InlineData("732829320")]
    [InlineData("732 829 320")]
    [InlineData("552100554")]
    [InlineData(FrenchIdentifiers.LaPosteSiren)]
    public void SirenWithItsLuhnKey_IsValid(string siren) => FrenchIdentifiers.IsValidSiren(siren).ShouldBeTrue();

    [Theory]
    [InlineData("732829321")]
    [InlineData("552100555")]
    [InlineData("000000000")]
    public void SirenWithAWrongKey_IsRefusedForItsCheckDigit(string siren) =>
        FrenchIdentifiers.CheckSiren(siren).Problem.ShouldBe(IdentifierProblem.CheckDigit);

    [Theory]
    [InlineData("73282932")]
    [InlineData("7328293200")]
    [InlineData("73282932A")]
    public void SirenOfAnotherShape_IsRefusedForItsFormat(string siren) =>
        FrenchIdentifiers.CheckSiren(siren).Problem.ShouldBe(IdentifierProblem.Format);

    [Theory]
    [InlineData("73282932000074")]
    [InlineData("732 829 320 00074")]
    [InlineData("55210055400013")]
    public void SiretWithItsLuhnKey_IsValid(string siret) => FrenchIdentifiers.IsValidSiret(siret).ShouldBeTrue();

    [Theory]
    [InlineData("73282932000079")]
    [InlineData("55210055400014")]
    [InlineData("00000000000000")]
    public void SiretWithAWrongKey_IsRefusedForItsCheckDigit(string siret) =>
        FrenchIdentifiers.CheckSiret(siret).Problem.ShouldBe(IdentifierProblem.CheckDigit);

    [Theory]
    [InlineData("7328293200007")]
    [InlineData("732829320000745")]
    [InlineData("7328293200007A")]
    [InlineData("732-829-320-00074")]
    public void SiretOfAnotherShape_IsRefusedForItsFormat(string siret) =>
        FrenchIdentifiers.CheckSiret(siret).Problem.ShouldBe(IdentifierProblem.Format);

    [Fact]
    public void LaPosteHeadOffice_IsValidByItsLuhnKey() =>
        FrenchIdentifiers.IsValidSiret(FrenchIdentifiers.LaPosteHeadOfficeSiret).ShouldBeTrue();

    [Theory]
    [InlineData("35600000049837")]
    [InlineData("35600000000010")]
    [InlineData("356 000 000 49837")]
    public void LaPosteEstablishmentWithDigitSumMultipleOfFive_IsValidThoughItFailsLuhn(string siret) =>
        FrenchIdentifiers.IsValidSiret(siret).ShouldBeTrue();

    [Theory]
    [InlineData("35600000000011")]
    [InlineData("35600000012345")]
    [InlineData("35600000000055")] // passes Luhn, but La Poste's rule is the digit sum
    public void LaPosteEstablishmentWithAnotherDigitSum_IsRefused(string siret) =>
        FrenchIdentifiers.CheckSiret(siret).Problem.ShouldBe(IdentifierProblem.CheckDigit);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void NothingTyped_IsReportedEmpty(string? value)
    {
        FrenchIdentifiers.CheckRna(value).Problem.ShouldBe(IdentifierProblem.Empty);
        FrenchIdentifiers.CheckSiren(value).Problem.ShouldBe(IdentifierProblem.Empty);
        FrenchIdentifiers.CheckSiret(value).Problem.ShouldBe(IdentifierProblem.Empty);
    }

    [Theory]
    [InlineData("732 829 320 00074", "73282932000074")]
    [InlineData("\u00a0732\u202f829\t320 00074 ", "73282932000074")]
    [InlineData(" w751234567", "W751234567")]
    public void TypedIdentifier_IsNormalisedWithoutSpaces(string typed, string stored) =>
        FrenchIdentifiers.Normalise(typed).ShouldBe(stored);

    [Fact]
    public void CheckedIdentifier_GivesTheValueToStore() =>
        FrenchIdentifiers.CheckSiret("732 829 320 00074").Value.ShouldBe("73282932000074");
}
