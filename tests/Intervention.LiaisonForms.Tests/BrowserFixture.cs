using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Intervention.LiaisonForms.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Intervention.LiaisonForms.Tests;

/// <summary>The demo app on a free port of 127.0.0.1, and Debian's headless Chromium driven by Playwright (no browser download).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private WebApplication? app;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var webRoot = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (!File.Exists(Path.Combine(webRoot, "index.html")))
        {
            throw new InvalidOperationException($"The page is not built in {webRoot}: building samples/Intervention.LiaisonForms.Web runs `npm ci` and `vite build`.");
        }

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"No browser at {ChromiumPath}: install Debian's chromium (apt-get install -y chromium), as .ci/run does.");
        }

        app = LiaisonFormsApp.Create("http://127.0.0.1:0", webRoot);
        await app.StartAsync();
        BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
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
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
