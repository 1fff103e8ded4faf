using System;
using System.IO;
using Intervention.LiaisonForms.Web;

// dotnet run --project samples/Intervention.LiaisonForms.Web  →  http://127.0.0.1:5080
var url = args.Length > 0 ? args[0] : "http://127.0.0.1:5080";
var app = LiaisonFormsApp.Create(url, Path.Combine(AppContext.BaseDirectory, "wwwroot"));
Console.WriteLine($"Liaison forms demo on {url}");
await app.RunAsync().ConfigureAwait(false);
