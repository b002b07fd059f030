using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using TipAssessment.DependencyInjection;
using TipAssessment.WebApi;

// An NGO's internal service: it analyses what it is sent and stores nothing. Authentication and TLS are the
// host system's to add (a reverse proxy or the host's own middleware); the sample binds to loopback only.
// The content root is the app's folder, so its appsettings.json applies wherever it is started from.
var builder = WebApplication.CreateBuilder(
    new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
var settings = ServiceSettings.From(builder.Configuration);
builder.WebHost.UseUrls(settings.Urls);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = settings.MaxRequestBytes);
builder.Services.AddProblemDetails();
builder.Services.AddTipAssessment(o => o.Import = o.Import with { MaxBytes = settings.MaxRequestBytes });

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
Endpoints.Map(app, settings);
app.Run();
