using ShareAlliance.DemoData;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await DemoCommand.RunAsync(args, Console.Out, Console.Error, cancellation.Token);
