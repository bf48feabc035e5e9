"""Raw pages into papers, and descriptive counts of the corpus."""
