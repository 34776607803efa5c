"""One module per `guitai-server` command: `add_arguments(parser)` and `run(args) -> int`."""
