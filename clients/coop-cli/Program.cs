using CoopRegistry.Cli;

// Ctrl-C and SIGTERM are System.CommandLine's to handle: they cancel the token each action is given.
return await Cli.RunAsync(args);
