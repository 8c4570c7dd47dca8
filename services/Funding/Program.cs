using ShareAlliance.Funding;
using ShareAlliance.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddFundingModule();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapFundingEndpoints();
app.Run();

public partial class Program;
