namespace ShareAlliance.ServiceDefaults.Requests;

/// <summary>A command whose content holds secrets (passwords, one-time tokens): no idempotency record keeps a hash of it.</summary>
public interface ISecretBearingCommand;
