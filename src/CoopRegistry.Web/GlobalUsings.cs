// Namespaces many files of this project use, so each file names only what is particular to it.
global using CoopRegistry.Web.Hosting;
global using CoopRegistry.Web.Resources;
global using CoopRegistry.Web.Sessions;
global using Microsoft.Extensions.Localization;
global using Microsoft.Extensions.Options;
