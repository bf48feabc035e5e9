"""Tests of analysis/reports/index.py: the index escapes paper text and shows failures, changes."""

from __future__ import annotations

from analysis.reports.index import changes_html, render_index


def test_index_escapes_and_marks_failures():
    manifest = {"built_at": "now", "snapshot": {"corpus_hash": "abc", "tables": {"papers": "1"}},
                "reports": {
                    "ok": {"status": "ok", "title": "<b>Bold</b>", "summary": "<script>x</script>",
                           "html": "ok.html", "built_at": "t1", "seconds": 1.0},
                    "bad": {"status": "failed", "title": "Bad", "error": "KeyError: <oops>",
                            "has_previous_html": True, "html": "bad.html"}}}
    page = render_index(manifest, ["ok", "bad"], {"first_build": True})
    assert "<script>x</script>" not in page and "&lt;script&gt;x&lt;/script&gt;" in page
    assert "&lt;b&gt;Bold&lt;/b&gt;" in page
    assert 'class="verdict verdict-failed status-failed"' in page
    assert "KeyError: &lt;oops&gt;" in page
    assert "previous good version" in page
    assert 'id="changes"' in page and "First build" in page


def test_changes_section_lists_items():
    changes = {"first_build": False, "papers": {"added": [("p1", "New <paper>")], "removed": []},
               "claims": {"added": [], "removed": [], "corrected": [("c1", "value: 1 → 2")]},
               "fits": []}
    section = changes_html(changes)
    assert "Papers added: 1" in section and "New &lt;paper&gt;" in section
    assert "Claims corrected: 1" in section and "Papers removed: none" in section


def test_index_separates_freshness_from_the_analysis_verdict():
    manifest = {"built_at": "now", "snapshot": {"corpus_hash": "abc", "tables": {}},
                "reports": {
                    "fresh": {"status": "ok", "verdict": "inconclusive", "last_action": "ran",
                              "html": "fresh.html", "built_at": "t1", "seconds": 2.0},
                    "kept": {"status": "ok", "verdict": "refused", "last_action": "skipped",
                             "html": "kept.html", "built_at": "t0", "seconds": 1.0}}}
    page = render_index(manifest, ["fresh", "kept"], {"first_build": True})
    fresh = page[page.index('data-report="fresh"'):page.index('data-report="kept"')]
    kept = page[page.index('data-report="kept"'):]
    assert "verdict-inconclusive" in fresh and "rebuilt in this build" in fresh
    assert "verdict-refused" in kept and "up to date" in kept and "skipped" not in kept


def test_header_and_body_say_which_build_their_prediction_counts_are_from():
    score = {"n": 1, "inside": 1.0, "mae": 5.4, "naive_mae": 5.0}
    manifest = {"built_at": "2026-12-02T01:06:04+0000", "reports": {}, "snapshot": {
        "corpus_hash": "abc", "tables": {"ledger": "0 predictions scored; 5 models stored"}}}
    changes = {"first_build": False, "papers": {"added": [], "removed": []},
               "claims": {"added": [], "removed": [], "corrected": []}, "fits": [],
               "ledger": {"latest_build": "2026-12-01T23:51:44+0000", "latest": score,
                          "all": score, "unpredictable": 0}}
    page = render_index(manifest, [], changes)
    header = page[page.index("<h1>"):page.index('<table id="reports">')]
    assert ("ledger: at its latest rebuild: 0 predictions scored; 5 models stored (whole "
            "ledger: 1 prediction, the latest scored in the build of 2026-12-01T23:51:44+0000)"
            ) in " ".join(header.split())
    body = " ".join(page[page.index('id="ledger"'):].split())
    assert "Latest scoring (the build of 2026-12-01T23:51:44+0000): 1 prediction" in body
    empty = render_index(manifest, [], {"first_build": True})
    assert "(whole ledger: no prediction scored yet)" in " ".join(empty.split())
