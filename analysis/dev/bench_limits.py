"""The floors of issue 17, as ratios measured in one bench run on one machine."""

COLD_OVER_BASELINE_MAX = 0.3  # cold build / the papermill + nbconvert loop over the same matrix
NOOP_OVER_BASELINE_MAX = 0.01  # no-op build / the same loop
EXTRACT_100K_OVER_10K_MAX = 12.0  # 10x the abstracts: linear growth, 20% slack
EXTRACT_PEAK_MAX_MB = 1024.0  # MiB, peak RSS of the extraction process for 100k abstracts
EXTRACT_SPEEDUP_MIN = 1.2  # throughput / that of the extractor at bench_reference's commit
