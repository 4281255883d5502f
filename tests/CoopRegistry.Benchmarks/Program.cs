using System.CommandLine;
using CoopRegistry.Benchmarks;

// Issue 8's tools: `generate` loads the national-scale dataset, `run` measures the registry against
// baselines taken in the same run (./coop generate, ./coop bench).
return await new RootCommand("CoopRegistry benchmark tools") { GenerateCommand.Create(), RunCommand.Create() }.Parse(args).InvokeAsync();
