"""The extract stage: ``extract(article) → Extraction``, pure and free of I/O.

Components live one per module (minerals, geo, organisations, people, values, events) and are
listed in order in ``pipeline.COMPONENTS``.
"""

from mineralwatch.extract.pipeline import COMPONENTS, extract

__all__ = ["COMPONENTS", "extract"]
