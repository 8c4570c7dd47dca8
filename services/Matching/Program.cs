using ShareAlliance.Matching;
using ShareAlliance.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddMatchingModule();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapMatchingEndpoints();
app.Run();

public partial class Program;
