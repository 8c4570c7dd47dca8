using ShareAlliance.Identity;
using ShareAlliance.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddIdentityModule();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapIdentityEndpoints();
app.Run();

public partial class Program;
