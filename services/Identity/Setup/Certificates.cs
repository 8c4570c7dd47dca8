using System.Security.Cryptography.X509Certificates;

namespace ShareAlliance.Identity.Setup;

public static class Certificates
{
    public static X509Certificate2 Load(CertificateSettings settings)
    {
        var path = settings.Path ?? throw new InvalidOperationException("A certificate setting needs a Path.");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The configured certificate file is missing: {path}");
        }

        return X509CertificateLoader.LoadPkcs12FromFile(path, settings.Password, X509KeyStorageFlags.EphemeralKeySet);
    }
}
