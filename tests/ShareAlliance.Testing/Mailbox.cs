namespace ShareAlliance.Testing;

/// <summary>A message the development mailer wrote: its headers carry what a person would click.</summary>
public sealed record MailMessage(string File, string To, string Purpose, Guid? UserId, string? Token, string Text);

/// <summary>The development mailbox folder, read as a person running ./run.sh reads it.</summary>
public sealed class Mailbox(string folder)
{
    public string Folder { get; } = folder;

    public IReadOnlyList<MailMessage> For(string to) => !Directory.Exists(Folder)
        ? []
        : [.. Directory.GetFiles(Folder, "*.eml").Order(StringComparer.Ordinal).Select(Read).Where(m => string.Equals(m.To, to, StringComparison.OrdinalIgnoreCase))];

    public MailMessage Last(string to, string purpose) =>
        For(to).LastOrDefault(m => m.Purpose == purpose) ?? throw new InvalidOperationException($"No '{purpose}' message for {to} in {Folder}.");

    public void Delete()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private static MailMessage Read(string file)
    {
        var text = File.ReadAllText(file);
        var headers = text.Split("\n\n", 2)[0].Split('\n')
            .Select(line => line.Split(": ", 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);
        return new MailMessage(
            file,
            headers["To"],
            headers["X-ShareAlliance-Purpose"],
            headers.TryGetValue("X-ShareAlliance-User", out var user) ? Guid.Parse(user) : null,
            headers.GetValueOrDefault("X-ShareAlliance-Token"),
            text);
    }
}
