"""Row rules: scores written out as a table inside a sentence ("AIME24 36.7; MATH500 87.4")."""

from __future__ import annotations

import re

from analysis.claims.caseless import caseless
from analysis.claims.cues import NumberView
from analysis.claims.rules import counter, example, rule
from analysis.claims.sentence import mask

# "AIME24 36.7 vs. 30.0": a decimal right after a benchmark's name, as in a table row (a slash
# between rows: "MedQA 62.7 / MedMCQA 58.1")
# ("MedQA (USMLE, 4 options) 71.8": its version; "scores MMLU-Pro 48.6"; "MMLU clinical ... 70.1")
_BENCH_THEN_DECIMAL_RE = re.compile(
    r"(?:^|[;:(,/]\s*|\.\s+|\b(?:are|were|is|was|and|scores?|reads?|reports?|achieves|obtains"
    r"|attains|posts)\s+)B(?:\s*\([^()]{1,30}\))?"  # ("M reports DocVQA 90.7, InfoVQA 68.2")
    r"(?P<part>(?:\s+(?!(?:is|are|was|were|by|to|from|of|at|in|on|and|with)\b)[a-z][\w-]*){0,2})\s+$")

# right after the row's previous cell: "B 81.5, and B 802" (the left window starts at 81.5's end)
_NEXT_CELL_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)B\s+$")
_DECIMAL_END_RE = re.compile(r"\bB\s+\d+\.\d+$")


@rule("benchmark-row",
      example("Results: AIME24 36.7 vs. 30.0; MATH500 87.4 vs. 85.8.", "87.4", "keep"),
      example("Its headline results are MATH-500 84.6, LiveCodeBench 27.9 and BFCL v3 56.3.",
              "84.6", "keep"),
      example("It scores MedQA 62.7 / MedMCQA 58.1 / PubMedQA 76.4.", "76.4", "keep"),
      example("On general benchmarks it achieves MMLU 69.8 and DocVQA 90.1.", "69.8", "keep"),
      example("Per-benchmark accuracy reads BANKING77 94.6, CLINC150 96.1 and HWU64 90.7.",
              "94.6", "keep"),
      example("Pica-2B reports DocVQA 90.7, ChartQA 81.5 and OCRBench 802.", "802", "keep"),
      counter("It reports MMLU 802 on average.", "802", "maybe"))
def benchmark_row(v: NumberView) -> str | None:
    """ "AIME24 36.7 vs. 30.0; MATH500 87.4 ...": a decimal right after a benchmark name (or a
    whole number in a row whose earlier cells are decimals: "... ChartQA 81.5 and OCRBench 802")."""
    written, row = v.text[v.num.num_start:v.num.end], _BENCH_THEN_DECIMAL_RE.search(v.left)
    whole_cell = _NEXT_CELL_RE.fullmatch(v.left) and _DECIMAL_END_RE.search(
        mask(v.text, max(v.sentence.start, v.prev_end - 60), v.prev_end, v.sentence))
    return "keep" if ("." in written or whole_cell) and row and (not row.group("part") or re.match(
        r"\s*(?:[,;/)]|vs\b|and\b|\.?$)", v.right)) else None  # a part's cell: "B clinical
    # knowledge 70.1,"


# "Accuracy scores (%) are: Qwen2.5-VL-3B 64.1, InternVL3-2B 59.7 and PaliGemma2-3B 45.0": a
# table of models and their scores, written out after a colon
# ("M with BM25 retrieval 46.9, and closed-book N 39.2": how each was run, around its name)
_MODEL_THEN_DECIMAL_RE = re.compile(r"(?:[:;,]\s*|\band\s+)"
                                    r"(?:[a-z][\w-]*\s+|[A-Z][\w-]*\s+with\s+)?"
                                    r"(?:M|the\s+(?:same|base)\s+model)"
                                    r"(?:\s+in\s+[\w-]+\s+mode"
                                    r"|\s+with(?:out)?\s+(?:[\w-]+\s+){0,2}[\w-]+)?\s+$")
_SCORES_COLON_RE = caseless(r"\b(?:scores?|accuracy|accuracies|results|F1|success(?:\s+rates?)?)\b"
                            r"[^:.;]{0,40}:\s")


@rule("model-row",
      example("On OceanChartQA, accuracy scores (%) are: Qwen2.5-VL-3B 64.1, InternVL3-2B 59.7 "
              "and PaliGemma2-3B 45.0.", "45.0", "keep"),
      example("On TechReportQA, results are as follows: GeoRAG-Lite 58.3, Llama-3.2-3B-Instruct "
              "with BM25 retrieval 46.9, and closed-book GPT-4o-mini 39.2.", "46.9", "keep"),
      example("Task success on AmendTrack: GPT-4o with the same tools 52.1, ReAct with "
              "Qwen2.5-7B-Instruct 31.5, and the same model without tools 12.0.", "12.0", "keep"))
def model_row(v: NumberView) -> str | None:
    """ "scores are: M 64.1, N 59.7": a decimal right after a model's name, in a list of scores."""
    return "keep" if "." in v.text[v.num.num_start:v.num.end] and \
        _MODEL_THEN_DECIMAL_RE.search(v.left) and \
        _SCORES_COLON_RE.search(v.text, v.sentence.start, v.num.start) else None


# "Results on B read as follows: random 2,000 samples 54.1, ours 59.6, full pool 60.4": the
# cells of a row written after "as follows:", each a short label and a decimal
_METRIC = (r"\b(?:results?|scores?|accurac(?:y|ies)|F1|exact\s+match|(?:solve|success|pass|win)"
           r"\s+rates?)\b")
_AS_FOLLOWS_RE = caseless(_METRIC + r"[^.;:]{0,80}?\b(?:reads?|are|is)\s+as\s+follows\s*[:(]")
# "Grid solve rate on the 15x15 split: uniform sampling 8.9, reverse curriculum 6.0, ...": a
# sentence that opens with a metric and a colon, the row after it
_METRIC_LEAD_RE = caseless(r"\s*(?:[\w-]+\s+){0,3}?" + _METRIC[2:] + r"[^.;:()]{0,60}:\s")


def row_after_colon(text: str, sentence_start: int, pos: int) -> bool:
    """Whether `pos` is in a row of cells written after a metric and a colon ("Solve rate on
    B: uniform sampling 8.9, GridCurriculum 21.7", "exact match is as follows: ...")."""
    return bool(_METRIC_LEAD_RE.match(text, sentence_start, pos) or (
        "follows" in text[sentence_start:pos] and _AS_FOLLOWS_RE.search(text, sentence_start, pos)))


_CELL_LABEL_RE = re.compile(r"\s*(?:[:,/]\s*(?:and\s+)?|and\s+)?(?:[\w().-]+\s+){0,4}")
_CELL_END_RE = re.compile(r"\s*(?:[,/;)]|and\b|\.?$)")


@rule("follows-row",
      example("Results on H2Reason-Bench read as follows: random 2,000 samples 54.1, ours 59.6, "
              "full pool 60.4.", "59.6", "keep"),
      example("Results for the base and refined heuristics read as follows: Qwen2.5-Coder-1.5B "
              "71.2 / 78.9 and Qwen2.5-Coder-7B 74.6 / 82.3.", "78.9", "keep"),
      example("Exact match on PolicyQA is as follows: closed-book 52.3, BM25 retrieval 66.8, "
              "PolicyRAG 74.6.", "66.8", "keep"),
      example("Accuracy on DrawCut is as follows (Qwen2.5-VL-3B: 62.8, InternVL3-2B: 57.1).",
              "57.1", "keep"),
      example("Grid solve rate on the 15x15 split: uniform sampling 8.9, reverse curriculum 6.0, "
              "GridCurriculum 21.7.", "6.0", "keep"),
      counter("Solve rate on the 15x15 split: it needs 12.5 hours per run to reach the plateau.",
              "12.5", "drop"),
      counter("Results read as follows: it needs 12.5 hours per run to reach the plateau.",
              "12.5", "drop"))
def follows_row(v: NumberView) -> str | None:
    """A decimal cell of a row written after "results ... read as follows:"."""
    if "." not in v.text[v.num.num_start:v.num.end]:
        return None
    colon = row_after_colon(v.text, v.sentence.start, v.num.start)
    return "keep" if colon and _CELL_LABEL_RE.fullmatch(v.left.rsplit(":", 1)[-1]) and \
        _CELL_END_RE.match(v.right) else None
