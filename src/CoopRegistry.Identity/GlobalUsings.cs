// Namespaces many files of this project use, so each file names only what is particular to it.
global using CoopRegistry.Hosting;
global using CoopRegistry.Identity.Clients;
global using CoopRegistry.Identity.Data;
global using CoopRegistry.Identity.Hosting;
global using CoopRegistry.Identity.People;
global using Microsoft.AspNetCore.Authentication;
global using Microsoft.AspNetCore.Identity;
global using Microsoft.Extensions.Options;
global using OpenIddict.Abstractions;
global using OpenIddict.Server;
global using OpenIddict.Server.AspNetCore;
