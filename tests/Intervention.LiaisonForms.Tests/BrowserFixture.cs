using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace Intervention.LiaisonForms.Tests;

/// <summary>The demo app (<see cref="AppFixture"/>) and Debian's headless Chromium driven by Playwright (no browser download).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly AppFixture app = new();
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl => app.BaseUrl;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Path.Combine(AppFixture.WebRoot, "index.html")))
        {
            throw new InvalidOperationException($"The page is not built in {AppFixture.WebRoot}: building samples/Intervention.LiaisonForms.Web runs `npm ci` and `vite build`.");
        }

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"No browser at {ChromiumPath}: install Debian's chromium (apt-get install -y chromium), as ./test.sh does.");
        }

        await app.InitializeAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        await app.DisposeAsync();
    }
}
