using ShareAlliance.ServiceDefaults;
using ShareAlliance.Volunteers;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddVolunteersModule();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapVolunteersEndpoints();
app.Run();

public partial class Program;
