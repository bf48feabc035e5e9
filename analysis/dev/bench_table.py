"""The table a bench run prints: every measurement, its ratio and whether its floor holds."""

from __future__ import annotations

from analysis.dev.bench_limits import (
    COLD_OVER_BASELINE_MAX,
    EXTRACT_100K_OVER_10K_MAX,
    EXTRACT_PEAK_MAX_MB,
    EXTRACT_SPEEDUP_MIN,
    NOOP_OVER_BASELINE_MAX,
)


def _holds(entry: dict) -> str:
    return {True: "holds", False: "FAILS", None: "not measured"}[entry["holds"]]


def format_table(results: dict) -> str:
    """The human-readable summary printed at the end of a bench run."""
    floors = results["floors"]
    rows = [
        ("cold build (whole matrix)", f"{results['cold_s']:.1f} s",
         f"{results['ratios']['cold_over_baseline']:.2f} x baseline (<= "
         f"{COLD_OVER_BASELINE_MAX}) {_holds(floors['cold_over_baseline'])}"),
        ("no-op build", f"{results['noop_s']:.2f} s",
         f"{results['ratios']['noop_over_baseline']:.3f} x baseline (<= "
         f"{NOOP_OVER_BASELINE_MAX}) {_holds(floors['noop_over_baseline'])}"),
        ("one claim override edited", f"{results['one_change_s']:.1f} s",
         f"reran {len(results['reran_on_one_change'])}/{len(results['expected_to_rerun'])} "
         f"dependents, only dependents: {_holds(floors['one_change_reruns_only_dependents'])}"),
        ("baseline papermill+nbconvert loop", f"{results['baseline_s']:.1f} s", ""),
    ]
    if "cold_cpu_over_baseline_cpu" in results["ratios"]:
        cpu = results["cpu_s"]
        rows.append(("CPU time: cold build / baseline", f"{cpu['cold']:.0f} s",
                     f"/ {cpu['baseline']:.0f} s = "
                     f"{results['ratios']['cold_cpu_over_baseline_cpu']:.2f} (no floor)"))
    for size, entry in results["extract"].items():
        cpu_note = f" ({entry['cpu_s']:.1f} s CPU)" if "cpu_s" in entry else ""
        rows.append((f"extract {int(size):,} abstracts", f"{entry['s']:.2f} s",
                     f"{int(size) / entry['s']:,.0f} abstracts/s{cpu_note}, "
                     f"peak {entry['peak_mb']:.0f} MiB"))
    ratio = results["ratios"]["extract_100k_over_10k"]
    if ratio is not None:
        rows.append(("extract 100k / 10k time", f"{ratio:.1f}",
                     f"<= {EXTRACT_100K_OVER_10K_MAX:g} {_holds(floors['extract_100k_over_10k'])};"
                     f" peak <= {EXTRACT_PEAK_MAX_MB:.0f} MiB "
                     f"{_holds(floors['extract_100k_peak_mb'])}"))
    if "extract_100k_over_10k_cpu" in results["ratios"]:
        rows.append(("extract 100k / 10k CPU time",
                     f"{results['ratios']['extract_100k_over_10k_cpu']:.1f}", "(no floor)"))
    rows += _speedup_rows(results)
    width = max(len(row[0]) for row in rows)
    source = results.get("source", {})
    lines = [f"reasonscale bench, {results['date']}, {results['machine']}, commit "
             f"{source.get('commit')} (+{source.get('uncommitted_changes', 0)} changed files)"]
    lines += [f"{name:<{width}}  {value:>10}  {note}" for name, value, note in rows]
    return "\n".join(lines)


def _speedup_rows(results: dict) -> list[tuple[str, str, str]]:
    """Extraction against the reference commit's, on one corpus in the same run."""
    comparison, floor = results.get("reference"), results["floors"].get("extract_speedup")
    if not comparison or not floor:
        return []
    size, then, now = f"{comparison['size']:,}", comparison["reference"], comparison["current"]
    return [(f"extract {size}: commit {comparison['commit']}", f"{then['s']:.2f} s",
             f"{then['cpu_s']:.1f} s CPU (its own rules and tables)"),
            (f"extract {size}: this code", f"{now['s']:.2f} s",
             f"{now['cpu_s']:.1f} s CPU; speed-up {floor['value']:.2f}x "
             f"(CPU {floor['cpu']:.2f}x), >= {EXTRACT_SPEEDUP_MIN:g} at the same output: "
             f"{_holds(floor)}")] + _same_rules_rows(comparison, floor)


def _same_rules_rows(comparison: dict, floor: dict) -> list[tuple[str, str, str]]:
    """The commit before the speed work: same rules, so the same tables, byte for byte."""
    if "same_rules" not in comparison:
        return []
    same = "identical" if floor["same_output"] else "DIFFERENT"
    if "speed_head" in comparison:
        rules = "differ (changed since)" if comparison.get("rules_changed") else "are the same"
        return [(f"extract {comparison['size']:,}: commit {comparison['same_output_commit']}",
                 f"{comparison['same_rules']['s']:.2f} s", "just before the speed work"),
                (f"extract {comparison['size']:,}: commit {comparison['speed_head_commit']}",
                 f"{comparison['speed_head']['s']:.2f} s",
                 f"the speed work's last rules: tables {same} to the one above's; speed-up of "
                 f"the speed work alone {floor['over_same_rules']:.2f}x; this code's rules "
                 f"{rules}")]
    return [(f"extract {comparison['size']:,}: commit {comparison['same_output_commit']}",
             f"{comparison['same_rules']['s']:.2f} s",
             f"today's rules: claims and facts tables {same} to this code's; speed-up of the "
             f"speed work alone {floor['over_same_rules']:.2f}x")]
