"""Plot functions, the suite theme and the named figures of every report (no disk reads)."""
