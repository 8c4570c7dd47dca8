using ShareAlliance.Web;
using ShareAlliance.Web.Components;

var builder = WebApplication.CreateBuilder(args);
builder.AddWebFrontEnd();

var app = builder.Build();
app.UseWebFrontEnd();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();

public partial class Program;
