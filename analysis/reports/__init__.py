"""Report views and text, HTML tables, notebook parameters, rendering, the index, changes and export."""
