"""reasonscale: meta-analysis of reasoning-benchmark claims against model scale."""

__version__ = "0.1.0"

import logging

# A library does not print: without a configured handler (e.g. inside a notebook kernel) the
# package's warnings go nowhere rather than to stderr; the CLI configures logging itself.
logging.getLogger(__name__).addHandler(logging.NullHandler())
