"""The jinja2 environment of the HTML pages the package writes: every value autoescaped."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jinja2

# The index page and the searchable table (the report page itself is nbconvert's template in
# templates/reasonscale, rendered by nbconvert's own environment).
SITE_TEMPLATES = Path(__file__).parent / "templates" / "site"


@cache
def environment() -> jinja2.Environment:
    """One shared environment: autoescape for HTML templates, and for any other by default."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(SITE_TEMPLATES),
        autoescape=jinja2.select_autoescape(
            enabled_extensions=("html", "html.j2"), default_for_string=True, default=True),
        undefined=jinja2.StrictUndefined,  # a misspelt name fails the build, not a blank cell
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    )


def render(template: str, **context) -> str:
    """The text of `template` (a file of templates/site) filled with `context`."""
    return environment().get_template(template).render(**context)
