"""REST API and web dashboard over a mineralwatch store (``mineralwatch serve``)."""

from mineralwatch.api.app import create_app

__all__ = ["create_app"]
