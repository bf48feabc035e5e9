"""The derived-table graph, the build runner and the build lock."""
