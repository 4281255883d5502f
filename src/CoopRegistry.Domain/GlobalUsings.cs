// Namespaces many files of this project use, so each file names only what is particular to it.
global using System.Text.RegularExpressions;
global using CoopRegistry.Domain.Calendar;
global using CoopRegistry.Domain.Deadlines;
global using CoopRegistry.Domain.Directory;
global using CoopRegistry.Domain.Errors;
global using CoopRegistry.Domain.Records;
