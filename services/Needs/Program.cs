using ShareAlliance.Needs;
using ShareAlliance.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddNeedsModule();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapNeedsEndpoints();
app.Run();

public partial class Program;
