"""The `kg` command line: one module per command, shared options in kg.cli.options."""
