using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Intervention.LiaisonForms.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Intervention.LiaisonForms.Tests;

/// <summary>The demo app on a free port of 127.0.0.1, for the tests that talk to its HTTP API (no browser needed).</summary>
public sealed class AppFixture : IAsyncLifetime
{
    private WebApplication? app;

    /// <summary>Gets the app's address.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Gets the folder the app serves its page from (built by the web sample's build).</summary>
    public static string WebRoot => Path.Combine(AppContext.BaseDirectory, "wwwroot");

    public async Task InitializeAsync()
    {
        app = LiaisonFormsApp.Create("http://127.0.0.1:0", WebRoot);
        await app.StartAsync();
        BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
