using Microsoft.AspNetCore.Http;
using ShareAlliance.ServiceDefaults.Http;

namespace ShareAlliance.ServiceDefaults.Tests.Http;

public sealed class ETagsTests
{
    [Theory]
    [InlineData("\"7\"", 7L)]
    [InlineData("W/\"7\"", 7L)]
    [InlineData(" \"12\" ", 12L)]
    public void IfMatchWithOurETag_GivesItsVersion(string header, long version) => IfMatch(header).ShouldBe(version);

    [Theory]
    [InlineData("")]
    [InlineData("*")]
    [InlineData("7")]
    [InlineData("\"-1\"")]
    [InlineData("\"abc\"")]
    [InlineData("\"7\", \"8\"")]
    public void IfMatchNotOneOfOurETags_GivesNoVersion(string header) => IfMatch(header).ShouldBeNull();

    [Fact]
    public void ETag_RoundTripsThroughIfMatch() => IfMatch(ETags.For(42)).ShouldBe(42);

    private static long? IfMatch(string header)
    {
        var http = new DefaultHttpContext();
        http.Request.Headers.IfMatch = header;
        return http.Request.IfMatchVersion();
    }
}
