using ShareAlliance.Testing;

namespace ShareAlliance.Funding.Tests;

public sealed class FundingFactory() : ServiceFactory<Program>("funding");
