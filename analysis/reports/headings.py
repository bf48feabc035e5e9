"""A report's table of contents: its h2/h3 Markdown headings, with nbconvert's anchors."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from xml.etree import ElementTree

from nbconvert.filters.markdown_mistune import IPythonRenderer, MarkdownWithMath

TOC_LEVELS = (2, 3)


@dataclass(frozen=True)
class Heading:
    """One entry of the contents: heading level, the id of the heading in the page, its text."""

    level: int
    anchor: str
    text: str


class _HeadingRecorder(IPythonRenderer):
    """nbconvert's own Markdown renderer, noting every heading it renders.

    The anchor is read off the heading element nbconvert builds, so the contents link to the
    exact ids of the report, whatever the heading holds (code, emphasis, "&", "$x$").
    """

    def __init__(self) -> None:
        super().__init__(escape=False)
        self.found: list[Heading] = []

    def heading(self, text: str, level: int, **attrs) -> str:
        rendered = super().heading(text, level, **attrs)
        try:
            element = ElementTree.fromstring(rendered)
        except ElementTree.ParseError:  # nbconvert could not give this heading an id either
            return rendered
        anchor = element.get("id")
        for link in element.findall("a[@class='anchor-link']"):
            element.remove(link)
        if anchor:
            self.found.append(Heading(level, anchor, "".join(element.itertext()).strip()))
        return rendered


def markdown_sources(notebook, display_priority: Sequence[str]) -> Iterator[str]:
    """The Markdown the report renders: markdown cells and outputs shown as text/markdown."""
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            yield cell.source
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            shown = next((mime for mime in display_priority if mime in data), None)
            if shown == "text/markdown":
                yield data["text/markdown"]


def table_of_contents(notebook, display_priority: Sequence[str]) -> list[Heading]:
    """The h2/h3 headings of the notebook's Markdown, in page order."""
    headings: list[Heading] = []
    for source in markdown_sources(notebook, display_priority):
        recorder = _HeadingRecorder()
        MarkdownWithMath(renderer=recorder).render(source)
        headings += [h for h in recorder.found if h.level in TOC_LEVELS]
    return headings
