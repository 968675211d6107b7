"""``mineralwatch serve``: the REST API and the dashboard over one store."""

from __future__ import annotations

from pathlib import Path

import typer

from mineralwatch.store.db import DEFAULT_DB, StoreError


def serve(
    db: Path = typer.Option(DEFAULT_DB, "--db", help="the store to serve"),
    host: str = typer.Option("127.0.0.1", help="interface to listen on"),
    port: int = typer.Option(8000, help="port to listen on"),
) -> None:
    """Serve the dashboard and the REST API (read-only; /openapi.json documents the API)."""
    import uvicorn

    from mineralwatch.api import create_app

    try:
        app = create_app(db)
    except StoreError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    typer.echo(f"mineralwatch: dashboard on http://{host}:{port}/ , API described by "
               f"http://{host}:{port}/openapi.json (store {db})")
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    """Add this module's sub-commands to ``app``."""
    app.command("serve")(serve)
