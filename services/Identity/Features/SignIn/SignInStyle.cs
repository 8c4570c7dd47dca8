namespace ShareAlliance.Identity.Features.SignIn;

/// <summary>
/// The page's look: the web front end's palette (not the State's design system); every text at least 4.5:1 on its
/// background, a focus ring that shows, inputs and button at least 44 px high.
/// </summary>
public static class SignInStyle
{
    public const string Css = """
        *{box-sizing:border-box}
        body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933;background:#f5f7fa;line-height:1.5}
        .top{background:#0b5563;color:#fff;padding:.75rem 1.5rem}
        .brand{margin:0;font-weight:700;font-size:1.25rem}
        main{max-width:28rem;margin:2rem auto;background:#fff;padding:2rem;border-radius:8px;border:1px solid #cbd2d9}
        h1{margin-top:0;font-size:1.75rem}
        .field{margin-bottom:1.25rem}
        label{display:block;font-weight:600;margin-bottom:.25rem}
        input{width:100%;min-height:44px;padding:.5rem .75rem;font-size:1rem;border:1px solid #52606d;border-radius:4px;color:#1f2933;background:#fff}
        input[aria-invalid=true]{border:2px solid #b42318}
        .error{color:#b42318;margin:.25rem 0 0;font-weight:600}
        .alert{color:#b42318;border-left:4px solid #b42318;padding:.5rem .75rem;background:#fff5f5}
        button{min-height:44px;padding:.5rem 1.5rem;font-size:1rem;font-weight:600;color:#fff;background:#0b5563;border:0;border-radius:4px;cursor:pointer}
        button:hover{background:#073b45}
        a{color:#0b5563}
        :focus-visible{outline:3px solid #b35c00;outline-offset:2px}
        footer{text-align:center;color:#52606d;padding:1rem}
        """;
}
