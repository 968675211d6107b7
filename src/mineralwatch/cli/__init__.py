"""The ``mineralwatch`` command. Each sub-module registers its sub-commands on one Typer app;
they parse arguments and print, and call library functions that hold the logic."""

from __future__ import annotations

import typer

from mineralwatch.cli import events, extract, ingest, reference, scale, serve, tag, watch

app = typer.Typer(
    name="mineralwatch",
    help="Critical-minerals news → evidence-linked knowledge base and supply-risk analytics.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

for module in (ingest, extract, events, reference, serve, tag, scale, watch):
    module.register(app)


def main() -> None:
    app()
