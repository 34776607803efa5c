"""One module per `guitai` command; each exposes `add_arguments(parser)` and `run(args) -> int`."""
