"""mineralwatch: critical-minerals news → evidence-linked knowledge base and supply-risk analytics.

The package folders follow the pipeline: ``ingest`` → ``extract`` → ``store`` → ``analyse`` →
``api``/``cli``. ``models`` holds the records that pass between the stages.
"""

__version__ = "0.1.0"
