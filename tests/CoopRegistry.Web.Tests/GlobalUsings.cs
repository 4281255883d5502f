// Namespaces many files of this project use, so each file names only what is particular to it.
global using Bunit;
global using CoopRegistry.Contracts.V1;
