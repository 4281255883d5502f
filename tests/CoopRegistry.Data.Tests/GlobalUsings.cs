// Namespaces many files of this project use, so each file names only what is particular to it.
global using Microsoft.EntityFrameworkCore;
